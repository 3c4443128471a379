import { describe, expect, test } from 'vitest';
import { reliabilitySizes } from './reliability-sizes.js';
import { runChaos, type ChaosReport } from './run-chaos.js';

// The chaos check at CI size: the same runner `npm run reliability` uses with 2,000 calls.
describe('chaos: the real client against the faulty mock over loopback HTTP', () => {
  const options = reliabilitySizes.ci.chaos;
  let report: ChaosReport;

  test(`${options.calls} concurrent calls end exactly once`, async () => {
    report = await runChaos(options);
    expect(report.failures).toEqual([]);
    expect(report.calls).toBe(options.calls);
    expect(report.duplicates).toBe(0);
    expect(report.lost).toBe(0);
    expect(report.untypedThrows).toBe(0);
    expect(report.successes + report.typedErrors).toBe(options.calls);
    // Each session belongs to one key, and every key that reached the mock holds one.
    expect(report.sessionsCreated).toBeLessThanOrEqual(report.successes);
  });

  test('every fault fired, and the retries rode them out', () => {
    const { fail, drop_after_commit, rate_limited, medianResponseMs } = report.faultsFired;
    expect(fail).toBeGreaterThan(0);
    expect(drop_after_commit).toBeGreaterThan(0);
    expect(rate_limited).toBeGreaterThanOrEqual(options.concurrency - options.faults.rateLimitPerSecond);
    expect(medianResponseMs).toBeGreaterThanOrEqual(options.faults.latencyMs);
    expect(report.attemptStatuses['503']).toBe(fail);
    expect(report.attemptStatuses['429']).toBe(rate_limited);
    // A client timeout would be an attempt without an answer too.
    expect(report.attemptStatuses['no answer']).toBeGreaterThanOrEqual(drop_after_commit);
    expect(report.attempts).toBeGreaterThan(options.calls + fail);
    // A dropped answer comes back as a replay (101) on the retry.
    expect(report.replays).toBeGreaterThan(0);
    expect(report.conflicts).toBeGreaterThan(0);
  });

  test('negative control: a mock that forgets Idempotency-Keys at once is caught creating duplicates', async () => {
    const forgetful = await runChaos({
      ...options,
      calls: 60,
      faults: { ...options.faults, dropAfterCommitRate: 0.3 },
      mock: { maxKeys: 1 },
    });
    expect(forgetful.duplicates).toBeGreaterThan(0);
    expect(forgetful.failures.join('\n')).toMatch(/duplicates = \d+ \(must be 0\)/);
  });
});
