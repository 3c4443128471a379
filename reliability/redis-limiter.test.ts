import { describe, expect, test } from 'vitest';
import { needs, redisServer } from '../test-support/system-requirements.js';
import { redisSizes } from './redis-sizes.js';
import { runRedisLimiter } from './run-redis-limiter.js';

// The shared-limit check at CI size: the same runner `npm run reliability` uses. It starts its
// own redis-server; without one it is skipped with one line (a failure under INGO_REQUIRE_SERVICES=1).
describe('one Redis limiter across client processes', () => {
  needs(redisServer());
  const options = redisSizes.ci.limiter;

  test(`${options.processes} processes × ${options.callsPerProcess} calls are granted within the account's rate plus the burst, against more than the rate per process`, async () => {
    const report = await runRedisLimiter(options);
    expect(report.failures).toEqual([]);
    expect(report.shared.maxGrantedPerSecond).toBeLessThanOrEqual(options.requestsPerSecond + options.burst);
    expect(report.shared.outcomes).toEqual({ 'status 100': options.processes * options.callsPerProcess });
    expect(report.perProcess.maxGrantedPerSecond).toBeGreaterThan(options.requestsPerSecond);
  });
});
