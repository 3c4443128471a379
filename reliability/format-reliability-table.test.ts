import { describe, expect, test } from 'vitest';
import { formatReliabilityTable, formatVerdict } from './format-reliability-table.js';
import { formatCounts } from './reliability-rows.js';

describe('formatReliabilityTable', () => {
  test('aligns columns, names each check once, puts the value last', () => {
    const text = formatReliabilityTable([
      {
        check: 'chaos',
        rows: [
          { figure: 'calls', value: 2000 },
          { figure: 'duplicates', value: 0, target: '== 0' },
        ],
      },
      { check: 'load', rows: [{ figure: 'answered', value: formatCounts({ 200: 5, 400: 12 }) }] },
    ]);
    expect(text.split('\n')).toEqual([
      'check  figure      target  value',
      'chaos  calls               2000',
      '       duplicates  == 0    0',
      'load   answered            200×5 400×12',
    ]);
  });

  test('the verdict says PASS only without failures', () => {
    expect(formatVerdict(5, [])).toBe('reliability: PASS (5 checks, 0 failures)');
    expect(formatVerdict(5, ['chaos: duplicates = 1 (must be 0)'])).toBe('reliability: FAIL (5 checks, 1 failure)');
    expect(formatCounts({})).toBe('none');
  });
});
