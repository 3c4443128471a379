import { smokeChecks, type SmokeResult } from './smoke-checks.js';

/** One runtime's row: its label (name and version) and its checks' results. */
export interface RuntimeRow {
  runtime: string;
  results: SmokeResult[];
}

/**
 * The runtime × check table (`pass` / `FAIL` in each cell, and what was loaded: which entry, which
 * crypto the client signs with), then a note per failed check with what it saw, and the counts of
 * checks passed and failed over all rows.
 */
export function formatRuntimeTable(rows: readonly RuntimeRow[]): { table: string; passed: number; failed: number } {
  const header = ['runtime', ...smokeChecks, 'loaded'];
  const cells = rows.map((row) => {
    const verdict = (check: string) => row.results.find((result) => result.check === check);
    return [
      row.runtime,
      ...smokeChecks.map((check) => (verdict(check)?.ok ? 'pass' : 'FAIL')),
      verdict('load')?.ok ? verdict('load')!.detail : '',
    ];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...cells].map((line) => line[i]!.length)));
  const lines = [header, ...cells].map((line) =>
    line
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  const failures = rows.flatMap((row) =>
    row.results.filter((result) => !result.ok).map((result) => `  ${row.runtime} / ${result.check}: ${result.detail}`),
  );
  const passed = rows.reduce((sum, row) => sum + row.results.filter((result) => result.ok).length, 0);
  const failed = rows.length * smokeChecks.length - passed;
  return { table: [...lines, ...(failures.length > 0 ? ['', 'failed:', ...failures] : [])].join('\n'), passed, failed };
}
