import { describe, expect, test } from 'vitest';
import { needs, redisServer } from '../test-support/system-requirements.js';
import { redisSizes } from './redis-sizes.js';
import { runRedisChaos } from './run-redis-chaos.js';

// The shared-store chaos run at CI size: the same runner `npm run reliability` uses. It starts its
// own redis-server; without one it is skipped with one line (a failure under INGO_REQUIRE_SERVICES=1).
describe('chaos across two mock processes on one Redis store', () => {
  needs(redisServer());
  const options = redisSizes.ci.chaos;

  test(`${options.calls} calls, every attempt to the next mock: exactly once`, async () => {
    const report = await runRedisChaos(options);
    expect(report.failures).toEqual([]);
    expect(report.duplicates).toBe(0);
    expect(report.lost).toBe(0);
    expect(report.crossReplays).toBeGreaterThan(0);
    expect(report.calls).toBe(options.calls);
  });

  test('negative control: mocks with a store each create duplicates, and the check sees them', async () => {
    const report = await runRedisChaos({ ...options, calls: 100, sharedStore: false });
    expect(report.duplicates + report.lost).toBeGreaterThan(0);
    expect(report.failures.some((failure) => /duplicates|lost/.test(failure))).toBe(true);
  });
});
