import { expect, test } from 'vitest';
import { defaultMajors, formatNodeTable } from './test-node.js';

test('test:node covers Node 22, 24 and 26 by default', () => {
  expect(defaultMajors).toEqual([22, 24, 26]);
});

test('the table has one row per major with result, counts and time', () => {
  const table = formatNodeTable([
    { major: 22, version: 'v22.23.5', passed: 900, failed: 0, exitCode: 0, seconds: 181.4 },
    { major: 26, version: 'v26.12.1', passed: 899, failed: 1, exitCode: 1, seconds: 190 },
  ]);
  expect(table.split('\n')).toEqual([
    '| node | version  | result        | passed | failed | time  |',
    '|------|----------|---------------|--------|--------|-------|',
    '| 22   | v22.23.5 | pass          | 900    | 0      | 181 s |',
    '| 26   | v26.12.1 | FAIL (exit 1) | 899    | 1      | 190 s |',
  ]);
});
