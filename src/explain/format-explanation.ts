import { formatComparison, showLine } from './compare-signing-strings.js';
import type { ExplainCheck, Explanation } from './explanation.js';

const NAME_WIDTH = 15;

/**
 * The explanation as text for a terminal: a verdict line, every check (a passing one with what was
 * received, a failing one with expected, received and why), the signing-string comparison of a
 * signature mismatch, then each diagnosis with its fix.
 */
export function formatExplanation({ ok, checks, diagnoses }: Explanation): string {
  const failed = checks.filter((check) => !check.ok).length;
  const out = [
    ok
      ? 'The request verifies.'
      : `The request does not verify: ${failed} check${failed === 1 ? '' : 's'} failed, ${diagnoses.length} diagnos${diagnoses.length === 1 ? 'is' : 'es'}.`,
    '',
    'Checks:',
  ];
  for (const check of checks) out.push(...formatCheck(check));
  if (diagnoses.length > 0) {
    out.push('', 'Diagnoses:');
    for (const { code, message, fix } of diagnoses) out.push(`  ${code}: ${message}`, `    fix: ${fix}`);
  }
  return `${out.join('\n')}\n`;
}

function formatCheck(check: ExplainCheck): string[] {
  const label = `  ${check.ok ? 'ok  ' : 'FAIL'}  ${check.name.padEnd(NAME_WIDTH)}`;
  const pad = ' '.repeat(label.length);
  if (check.ok) return [`${label} ${showLine(check.received)}`];
  const lines = [`${label} expected: ${showLine(check.expected)}`, `${pad} received: ${showLine(check.received)}`];
  if (check.message !== undefined) lines.push(`${pad} ${check.message}`);
  const comparison = check.signingString;
  if (comparison?.reconstructed !== undefined)
    lines.push(formatComparison(comparison.expected, comparison.reconstructed, `${pad} `));
  else if (comparison)
    lines.push(
      `${pad} expected signing string (lines joined by LF, no trailing newline):`,
      ...comparison.expected
        .split('\n')
        .map((line, at) => `${pad}   ${String(at + 1).padStart(2)} | ${showLine(line)}`),
    );
  return lines;
}
