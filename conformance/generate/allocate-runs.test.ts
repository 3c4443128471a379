import { describe, expect, test } from 'vitest';
import { allocateRuns, propertySeed } from './allocate-runs.js';

describe('allocateRuns', () => {
  test('splits exactly, one at least each, the rest by weight', () => {
    // 996 left after one each: 711.4, 28.5, 28.5, 227.7; the two largest remainders get the last two.
    expect(allocateRuns([25, 1, 1, 8], 1000)).toEqual([712, 30, 29, 229]);
    expect(allocateRuns([3, 1], 4).reduce((a, b) => a + b)).toBe(4);
    for (const total of [5, 17, 50, 999])
      expect(allocateRuns([25, 1, 1, 2, 2, 4, 8], total).reduce((a, b) => a + b)).toBe(total);
  });

  test('with fewer cases than properties, the first ones in the given order get one each', () => {
    expect(allocateRuns([5, 5, 5, 5], 2, [3, 1, 0, 2])).toEqual([0, 1, 0, 1]);
    expect(() => allocateRuns([1], -1)).toThrow(RangeError);
  });

  test('a property seed depends on the run seed and the property only', () => {
    expect(propertySeed(7, 'valid-body')).toBe(propertySeed(7, 'valid-body'));
    expect(propertySeed(7, 'valid-body')).not.toBe(propertySeed(8, 'valid-body'));
    expect(propertySeed(7, 'valid-body')).not.toBe(propertySeed(7, 'not-json'));
    expect(Number.isInteger(propertySeed(7, 'x'))).toBe(true);
  });
});
