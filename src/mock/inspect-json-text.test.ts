import { describe, expect, test } from 'vitest';
import { findRepeatedMemberName, inspectJsonText } from './inspect-json-text.js';

const limits = { maxDepth: 4, maxMembers: 5 };
const problem = (text: string, given = limits) => {
  const shape = inspectJsonText(text, given);
  return 'problem' in shape ? shape.problem : undefined;
};

describe('inspectJsonText', () => {
  test('counts the object members of JSON within the limits; brackets and colons inside strings count for nothing', () => {
    expect(inspectJsonText('{"a":{"b":[[1]]},"c":"{[\\":}]"}', limits)).toEqual({ members: 3 });
    expect(inspectJsonText('{"a" : 1, "b\\"" :2}', limits)).toEqual({ members: 2 });
  });

  test('refuses nesting deeper than maxDepth, arrays and objects alike', () => {
    expect(problem('{"a":[[[1]]]}')).toBeUndefined();
    expect(problem('{"a":[[[[1]]]]}')).toMatch(/deeper than 4 levels/);
    expect(problem('{"a":{"b":{"c":{"d":{}}}}}')).toMatch(/deeper/);
  });

  test('refuses more than maxMembers object members across the body', () => {
    expect(problem('{"a":1,"b":{"c":1,"d":1},"e":1}')).toBeUndefined();
    expect(problem('{"a":1,"b":{"c":1,"d":1},"e":1,"f":1}')).toMatch(/more than 5 object members/);
  });

  test('string values and array items are not members', () => {
    expect(inspectJsonText('{"a":["x","y","z","w","v","u"],"b":"[[[[[[{"}', limits)).toEqual({ members: 2 });
  });

  test('scans a 64 KiB body of nested arrays quickly and without recursion', () => {
    const text = `{"r":${'['.repeat(32_000)}${']'.repeat(32_000)}}`;
    expect(inspectJsonText(text, { maxDepth: Infinity, maxMembers: Infinity })).toEqual({ members: 1 });
    expect(problem(text)).toMatch(/deeper/);
  });
});

describe('findRepeatedMemberName', () => {
  test.each([
    ['{"a":1,"a":2}', 'a'],
    ['{"a":1,"\\u0061":2}', 'a'],
    ['{"x":{"a":1},"y":{"a":1,"b":{"q":1,"q":1}}}', 'q'],
  ])('names the repeated member of %s', (text, name) => {
    expect(findRepeatedMemberName(text)).toBe(name);
  });

  test('the same name in different objects is not repeated', () => {
    expect(findRepeatedMemberName('{"a":{"a":1},"b":[{"a":1},{"a":2}]}')).toBeUndefined();
  });
});
