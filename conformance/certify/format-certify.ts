import { escapeXml } from '../format-junit.js';
import type { CertifyReport, CheckResult, ScenarioResult } from './certify-types.js';

/**
 * The report for a terminal: one row per check (level, verdict, scenarios where it failed), then
 * every failure with its scenario, attempt, expected and seen, and explain's diagnosis.
 */
export function formatCertifySummary(report: CertifyReport): string {
  const rows = report.checks.map((c) => [
    c.check,
    c.level,
    c.verdict.toUpperCase(),
    c.failedIn.length > 0
      ? `failed in ${c.failedIn.join(', ')}`
      : c.scenarios.length > 0
        ? `${c.scenarios.length} scenario(s)`
        : '',
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), 5));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell))
      .join('  ')
      .trimEnd();
  const details = report.scenarios.flatMap((s) =>
    s.checks.filter((c) => !c.passed).flatMap((c) => describeFailure(s, c)),
  );
  const failing = report.checks.filter((c) => c.verdict === 'fail').length;
  const warned = report.checks.filter((c) => c.verdict === 'warn').length;
  return [
    `ingo-session certify: ${report.client}`,
    `${report.scenarios.length} scenario(s) in ${(report.durationMs / 1000).toFixed(1)} s${report.strict ? ', --strict' : ''}`,
    '',
    line(['check', 'level', 'verdict', '']),
    ...rows.map(line),
    ...(details.length > 0 ? ['', ...details] : []),
    '',
    report.exitCode === 0
      ? `CERTIFIED: every ${report.strict ? 'REQUIRED and RECOMMENDED' : 'REQUIRED'} check passed${warned > 0 ? ` (${warned} warning(s))` : ''}`
      : `NOT CERTIFIED: ${failing} check(s) failed`,
    '',
  ].join('\n');
}

function describeFailure(s: ScenarioResult, c: CheckResult): string[] {
  return c.failures.flatMap((f) => [
    `${c.level} ${c.check} in ${s.scenario}${f.attempt === undefined ? '' : `, attempt ${f.attempt}`}: expected ${f.expected}; seen ${f.seen}`,
    ...(f.diagnosis ?? []).map((d) => `    explain: ${d}`),
  ]);
}

/** The report as JSON (`--json FILE`). */
export function formatCertifyJson(report: CertifyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The report as JUnit XML (`--junit FILE`): a testsuite per scenario, a testcase per check. A
 * failure that counts is a `<failure>`; a RECOMMENDED one without `--strict`, an OPTIONAL one, or a
 * check with nothing to judge is `<skipped>` with the reason, so that none shows as a plain pass.
 */
export function formatCertifyJunit(report: CertifyReport): string {
  const counts = (tests: number, failures: number, skipped: number, ms: number) =>
    `tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="${(ms / 1000).toFixed(3)}"`;
  const counted = (c: CheckResult) => c.level === 'REQUIRED' || (c.level === 'RECOMMENDED' && report.strict);
  const suites = report.scenarios.map((s) => {
    const failures = s.checks.filter((c) => !c.passed && counted(c)).length;
    const skipped = s.checks.filter((c) => !c.judged || (!c.passed && !counted(c))).length;
    const cases = s.checks.map((c) => {
      const open = `    <testcase classname="certify.${escapeXml(s.scenario)}" name="${escapeXml(`${c.level} ${c.check}`)}"`;
      if (!c.judged)
        return `${open}>\n      <skipped message="${escapeXml(c.note ?? 'not judged')}"/>\n    </testcase>`;
      if (c.passed) return `${open}/>`;
      const text = describeFailure(s, c).join('\n');
      const tag = counted(c) ? 'failure' : 'skipped';
      return `${open}>\n      <${tag} message="${escapeXml(`${c.level}: ${c.title}`)}">${escapeXml(text)}</${tag}>\n    </testcase>`;
    });
    return [
      `  <testsuite name="${escapeXml(`certify ${s.scenario}`)}" ${counts(s.checks.length, failures, skipped, s.durationMs)}>`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const all = report.scenarios.flatMap((s) => s.checks);
  const failures = all.filter((c) => !c.passed && counted(c)).length;
  const skipped = all.filter((c) => !c.judged || (!c.passed && !counted(c))).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ingo-session certify" ${counts(all.length, failures, skipped, report.durationMs)}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
