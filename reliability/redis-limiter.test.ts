import { describe, expect, test } from 'vitest';
import { redisSizes } from './redis-sizes.js';
import { runRedisLimiter } from './run-redis-limiter.js';

// The shared-limit check at CI size: the same runner `npm run reliability` uses. It starts its
// own redis-server, and fails with the reason when redis-server is not installed.
describe('one Redis limiter across client processes', () => {
  const options = redisSizes.ci.limiter;

  test(`${options.processes} processes × ${options.callsPerProcess} calls are granted within the account's rate plus the burst, against more than the rate per process`, async () => {
    const report = await runRedisLimiter(options);
    expect(report.failures).toEqual([]);
    expect(report.shared.maxGrantedPerSecond).toBeLessThanOrEqual(options.requestsPerSecond + options.burst);
    expect(report.shared.outcomes).toEqual({ 'status 100': options.processes * options.callsPerProcess });
    expect(report.perProcess.maxGrantedPerSecond).toBeGreaterThan(options.requestsPerSecond);
  });
});
