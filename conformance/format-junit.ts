import type { CaseResult, ConformanceReport } from './conformance-report.js';
import { describeGenerated } from './generate/describe-generated.js';

/**
 * The report as JUnit XML, one testcase per case (classname `conformance.<group>`), for CI
 * dashboards: failures carry every failed check and the exchanges; cases not enforced and cases
 * skipped are `<skipped>` with the reason, so that neither shows as a pass. A case with warnings
 * (differences from example-derived or assumed spec rows only) passes, with a `warning` property
 * and its warnings in `<system-out>`; the suite's `warnings` property counts them.
 */
export function formatJunit(report: ConformanceReport): string {
  const { totals } = report;
  const tests = totals.selected + totals.skipped;
  const skipped = totals.notEnforced + totals.skipped;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const suiteName = `ingo-session conformance (profile ${report.profile.name})`;
  const counts = `tests="${tests}" failures="${totals.fail}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ingo-session conformance" ${counts}>`,
    `  <testsuite name="${escapeXml(suiteName)}" ${counts} timestamp="${escapeXml(report.startedAt)}">`,
    '    <properties>',
    `      <property name="baseUrl" value="${escapeXml(report.target.baseUrl)}"/>`,
    `      <property name="embeddedMock" value="${report.target.embeddedMock}"/>`,
    `      <property name="profile" value="${escapeXml(report.profile.name)}"/>`,
    `      <property name="warnings" value="${totals.warning}"/>`,
    `      <property name="strictAssumptions" value="${report.strictAssumptions}"/>`,
    ...(report.baseline
      ? [
          `      <property name="baselined" value="${report.baseline.baselined}"/>`,
          `      <property name="newFindings" value="${report.baseline.new}"/>`,
        ]
      : []),
    ...(report.generation
      ? [
          `      <property name="generatedCases" value="${report.generation.cases}"/>`,
          `      <property name="seed" value="${report.generation.seed}"/>`,
        ]
      : []),
    '    </properties>',
    ...report.cases.map((c) => formatTestcase(c, seconds(c.durationMs))),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function formatTestcase(c: CaseResult, time: string): string {
  const open = `    <testcase classname="conformance.${escapeXml(c.tags[0] ?? 'untagged')}" name="${escapeXml(`${c.id}: ${c.title}`)}" time="${time}"`;
  if (c.outcome === 'pass' && c.baselined?.length) {
    // Only findings the baseline records: a pass that says so.
    const text = c.baselined.map((b) => `BASELINED ${b.severity} [${b.check}] ${b.message}`).join('\n');
    return `${open}>\n      <properties>\n        <property name="baselined" value="${c.baselined.length}"/>\n      </properties>\n      <system-out>${escapeXml(text)}</system-out>\n    </testcase>`;
  }
  if (c.outcome === 'pass') return `${open}/>`;
  if (c.outcome === 'warning') {
    const text = [
      ...c.warnings.map((w) => `WARNING [${w.check}${w.step === undefined ? '' : ` step ${w.step}`}] ${w.message}`),
      ...(c.baselined ?? []).map((b) => `BASELINED ${b.severity} [${b.check}] ${b.message}`),
      ...describeGenerated(c),
    ].join('\n');
    return `${open}>\n      <properties>\n        <property name="warning" value="${escapeXml(c.warnings[0]?.message ?? '')}"/>\n      </properties>\n      <system-out>${escapeXml(text)}</system-out>\n    </testcase>`;
  }
  if (c.outcome === 'fail') {
    const first = c.failures[0];
    const details = [
      ...c.failures.map((f) => `[${f.check}${f.step === undefined ? '' : ` step ${f.step}`}] ${f.message}`),
      ...describeGenerated(c),
      '',
      ...c.exchanges.map(
        (e) =>
          `step ${e.step}: ${e.request.method} ${e.request.path} (${e.request.bodyBytes} bytes) -> ${e.response ? `HTTP ${e.response.status} ${e.response.bodyPreview}` : 'no response'}`,
      ),
    ].join('\n');
    return `${open}>\n      <failure type="${escapeXml(first?.check ?? 'fail')}" message="${escapeXml(first?.message ?? 'failed')}">${escapeXml(details)}</failure>\n    </testcase>`;
  }
  const label = c.outcome === 'not_enforced' ? 'not enforced' : 'skipped';
  return `${open}>\n      <skipped message="${escapeXml(`${label}: ${c.note ?? ''}`)}"/>\n    </testcase>`;
}

/**
 * Escapes text for XML attributes and content, and drops what XML 1.0 cannot hold at all
 * (control characters, lone surrogates, U+FFFE/U+FFFF), which a server's body may contain.
 */
export function escapeXml(text: string): string {
  return text
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
