import { outcomeMarks, type CaseResult, type ConformanceReport } from './conformance-report.js';
import { printable } from './printable.js';
import { describeGenerated, describeGeneration } from './generate/describe-generated.js';

/**
 * The human summary of a run: the target, a table of outcomes per group (a case's first tag),
 * every failure with its failed checks, every case not enforced with what the server did, the
 * rejection forms the server used, and the verdict.
 */
export function formatSummary(report: ConformanceReport): string {
  const { totals, target, profile } = report;
  const lines: string[] = [
    `ingo-session conformance: ${target.baseUrl}${target.embeddedMock ? ' (embedded mock)' : ''}, profile ${profile.name}`,
    '',
    ...formatGroupTable(report.cases),
    '',
    ...describeGeneration(report),
  ];
  const failed = report.cases.filter((c) => c.outcome === 'fail');
  if (failed.length > 0) {
    lines.push('Failed:');
    for (const c of failed) {
      lines.push(`  ${outcomeMarks.fail} ${c.id}: ${c.title}`);
      for (const failure of c.failures)
        lines.push(
          `      [${failure.check}${c.exchanges.length > 1 && failure.step !== undefined ? ` step ${failure.step}` : ''}] ${failure.message}`,
        );
      lines.push(...describeGenerated(c, '      '));
    }
    lines.push('');
  }
  const warned = report.cases.filter((c) => c.warnings.length > 0 && c.outcome !== 'fail');
  if (warned.length > 0) {
    lines.push(
      'Warnings (differences from example-derived or assumed spec rows only; --strict-assumptions makes them failures):',
    );
    for (const c of warned) {
      lines.push(`  ${outcomeMarks.warning} ${c.id}: ${c.title}`);
      for (const warning of c.warnings)
        lines.push(
          `      [${warning.check}${c.exchanges.length > 1 && warning.step !== undefined ? ` step ${warning.step}` : ''}] ${warning.message}`,
        );
      lines.push(...describeGenerated(c, '      '));
    }
    lines.push('');
  }
  const baselined = report.cases.filter((c) => (c.baselined?.length ?? 0) > 0);
  if (report.baseline) {
    lines.push(
      `Baselined (recorded in the baseline, not failing the run): ${report.baseline.baselined} of ${report.baseline.recorded} recorded findings seen; ${report.baseline.new} new`,
    );
    for (const c of baselined)
      for (const b of c.baselined!) lines.push(`  ${c.id}: ${b.severity} [${b.check}] ${b.message}`);
    lines.push('');
  }
  const unenforced = report.cases.filter((c) => c.outcome === 'not_enforced');
  if (unenforced.length > 0) {
    lines.push(`Not enforced (profile ${profile.name}; never counted as passes):`);
    for (const c of unenforced) lines.push(`  ${outcomeMarks.not_enforced} ${c.id}: ${c.note ?? ''}`);
    lines.push('');
  }
  const skippedReasons = countBy(
    report.cases.filter((c) => c.outcome === 'skipped').map((c) => c.note ?? 'not selected'),
  );
  if (skippedReasons.size > 0) {
    lines.push(`Skipped: ${[...skippedReasons].map(([reason, count]) => `${count} (${reason})`).join('; ')}`);
  }
  lines.push(
    `Rejections: ${report.rejectionForms.http} as HTTP 4xx, ${report.rejectionForms.envelope} as HTTP 200 with an error envelope`,
    `${report.passed ? 'PASSED' : 'FAILED'}: ${totals.pass} passed, ${totals.warning} warnings, ${totals.fail} failed, ${totals.notEnforced} not enforced, ${totals.skipped} skipped of ${totals.selected + totals.skipped} cases in ${(report.durationMs / 1000).toFixed(2)} s`,
  );
  return `${lines.map(printable).join('\n')}\n`;
}

function formatGroupTable(cases: readonly CaseResult[]): string[] {
  const outcomes = ['pass', 'warning', 'fail', 'not_enforced', 'skipped'] as const;
  const groups = new Map<string, Record<(typeof outcomes)[number], number>>();
  const total = { pass: 0, warning: 0, fail: 0, not_enforced: 0, skipped: 0 };
  for (const c of cases) {
    const group = c.tags[0] ?? '(untagged)';
    const row = groups.get(group) ?? { pass: 0, warning: 0, fail: 0, not_enforced: 0, skipped: 0 };
    row[c.outcome]++;
    total[c.outcome]++;
    groups.set(group, row);
  }
  const rows = [
    ['group', 'pass', 'warning', 'fail', 'not enforced', 'skipped'],
    ...[...groups, ['total', total] as const].map(([name, row]) => [name, ...outcomes.map((o) => String(row[o]))]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
