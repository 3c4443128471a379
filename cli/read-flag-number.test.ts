import { expect, test } from 'vitest';
import { readFlagNumber } from './read-flag-number.js';

test('accepts values in range and names flag, range and value otherwise, the same for words, blanks and negatives', () => {
  expect(readFlagNumber('--port', '0', { integer: true, min: 0, max: 65_535 })).toBe(0);
  expect(readFlagNumber('--fail-rate', '0.25', { min: 0, max: 1 })).toBe(0.25);
  for (const value of ['-1', 'x', '', '1.5', '70000']) {
    expect(() => readFlagNumber('--port', value, { integer: true, min: 0, max: 65_535 })).toThrow(
      `--port must be an integer from 0 to 65535, not "${value}"`,
    );
  }
  expect(() => readFlagNumber('--rate', '0', { min: 0, aboveMin: true })).toThrow(
    '--rate must be a number > 0, not "0"',
  );
  expect(() => readFlagNumber('--seed', 'NaN', { integer: true, min: 0 })).toThrow(
    '--seed must be an integer ≥ 0, not "NaN"',
  );
  expect(() => readFlagNumber('--x', 'Infinity')).toThrow('--x must be a number, not "Infinity"');
});
