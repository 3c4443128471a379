import type { ReliabilityRow } from './reliability-rows.js';

/**
 * Prints sections of rows as one aligned table: check, figure, target, value. The value comes
 * last and left-aligned, so that a long one (counts by status) never pushes the other columns.
 */
export function formatReliabilityTable(
  sections: readonly { check: string; rows: readonly ReliabilityRow[] }[],
): string {
  const table = [
    ['check', 'figure', 'target', 'value'],
    ...sections.flatMap(({ check, rows }) =>
      rows.map((row, i) => [i === 0 ? check : '', row.figure, row.target ?? '', String(row.value)]),
    ),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  return table
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The last line of a run: PASS, or FAIL with the count; the failures themselves are printed above it. */
export function formatVerdict(checks: number, failures: readonly string[]): string {
  return failures.length === 0
    ? `reliability: PASS (${checks} checks, 0 failures)`
    : `reliability: FAIL (${checks} checks, ${failures.length} failure${failures.length === 1 ? '' : 's'})`;
}
