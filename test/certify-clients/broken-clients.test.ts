import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { needs, python3 } from '../../test-support/system-requirements.js';
import { certifyCommand, type CertifyReport } from '../../conformance/index.js';

/**
 * Each broken client (broken_client.py DEFECT) fails exactly the check that names its defect, in
 * the scenarios that show it; a RECOMMENDED defect passes by default and fails under --strict.
 */
const brokenClient = fileURLToPath(new URL('./broken_client.py', import.meta.url));

const matrix = [
  { defect: 'hex-digest', check: 'signed', scenarios: ['success'] },
  { defect: 'known-fields-only', check: 'body', scenarios: ['success'] },
  { defect: 'status-101-is-error', check: 'success-reported', scenarios: ['cut-after-commit'] },
  { defect: 'new-key-per-attempt', check: 'same-key', scenarios: ['transient-503'] },
  { defect: 'ignores-retry-after', check: 'retry-after', scenarios: ['rate-limited-429'] },
  { defect: 'retries-refusals', check: 'no-retry-of-refusal', scenarios: ['bad-request-400', 'unauthorized-401'] },
  { defect: 'http-200-is-success', check: 'refusal-reported', scenarios: ['error-envelope-200'] },
  { defect: 'follows-redirects', check: 'redirect-not-followed', scenarios: ['redirect-307', 'redirect-308'] },
  { defect: 'retries-15-times', check: 'bounded-give-up', scenarios: ['persistent-503'] },
  { defect: 'never-retries', check: 'retries-transient', scenarios: ['transient-503', 'cut-after-commit'] },
  { defect: 'signs-once', check: 'fresh-signature', scenarios: ['rate-limited-429'] },
  { defect: 'fixed-backoff', check: 'backoff-jitter', scenarios: ['persistent-503'] },
  { defect: 'no-timeout', check: 'stall-timeout', scenarios: ['stalled-answer'] },
  { defect: 'ignores-clock-skew', check: 'clock-correction', scenarios: ['clock-skew-402'] },
  { defect: '409-is-final', check: 'conflict-retried', scenarios: ['conflict-409'] },
] as const;

const failedChecks = (report: CertifyReport) => [
  ...new Set(report.scenarios.flatMap((s) => s.checks.filter((c) => !c.passed).map((c) => c.check))),
];
// A short stall, so that the client without a timeout costs seconds, not the default 30.
const options = { stallLimitMs: 2_500 };

// The longest, fixed-backoff, waits 6 x 2 s twice: a fixed schedule stands well above a loaded machine's timer noise.
describe.concurrent('broken clients', { timeout: 90_000 }, () => {
  needs(python3());
  test.each(matrix)('$defect fails exactly $check', async ({ defect, check, scenarios }) => {
    const report = await certifyCommand('python3', [brokenClient, defect], { ...options, scenarios, strict: true });
    expect(failedChecks(report)).toEqual([check]);
    const summary = report.checks.find((c) => c.check === check)!;
    expect(summary.failedIn).toEqual(scenarios);
    expect(report.exitCode).toBe(1);
    if (summary.level === 'RECOMMENDED') {
      // The same defect without --strict: reported as a warning, and the client is certified.
      const lenient = await certifyCommand('python3', [brokenClient, defect], { ...options, scenarios });
      expect(failedChecks(lenient)).toEqual([check]);
      expect(lenient.checks.find((c) => c.check === check)!.verdict).toBe('warn');
      expect(lenient.exitCode).toBe(0);
    } else {
      expect(summary.level).toBe('REQUIRED');
    }
  });

  test('a bad signature is diagnosed by explain, naming the attempt', async () => {
    const report = await certifyCommand('python3', [brokenClient, 'hex-digest'], { scenarios: ['success'] });
    const failure = report.scenarios[0]!.checks.find((c) => c.check === 'signed')!.failures[0]!;
    expect(failure.attempt).toBe(1);
    expect(failure.seen).toMatch(/^digest_mismatch/);
    expect(failure.diagnosis!.join('\n')).toMatch(/^digest_hex: /);
  });
});
