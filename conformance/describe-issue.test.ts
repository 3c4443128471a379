import { expect, test } from 'vitest';
import { describeIssue } from './describe-issue.js';

test('an issue is one printable line with its pointer, expected and received values', () => {
  expect(
    describeIssue({ path: '/time', rule: 'type', message: 'must be number', expected: 'number', received: '0.8' }),
  ).toBe('/time must be number, expected "number", received "0.8"');
  expect(
    describeIssue({ path: '', rule: 'required', message: "must have required property 'status'", expected: 'status' }),
  ).toBe(`(root) must have required property 'status', expected "status"`);
  expect(describeIssue({ path: '/a', rule: 'type', message: 'm', received: 'x'.repeat(500) })).toHaveLength(
    '/a m, received '.length + 120,
  );
});
