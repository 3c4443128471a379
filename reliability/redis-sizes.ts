import type { RedisChaosOptions } from './run-redis-chaos.js';
import type { RedisLimiterOptions } from './run-redis-limiter.js';

/**
 * The Redis checks' sizes, as reliability-sizes.ts has them for the others: `ci` for vitest,
 * `full` for `npm run reliability`. The limiter's rate and burst are the client's defaults.
 */
export interface RedisSize {
  limiter: RedisLimiterOptions;
  chaos: RedisChaosOptions;
}

const chaosBase = {
  concurrency: 40,
  mocks: 2,
  faults: { failRate: 0.05, dropAfterCommitRate: 0.05, latencyMs: 2 },
  retries: 6,
  explicitKeyEvery: 3,
  twinEvery: 10,
  conflictEvery: 25,
  timeoutMs: 5_000,
};

export const redisSizes: Record<'ci' | 'full', RedisSize> = {
  ci: {
    limiter: { processes: 2, callsPerProcess: 4, concurrency: 2, requestsPerSecond: 5, burst: 1, judgeArrivals: false },
    chaos: { ...chaosBase, calls: 250, seed: 7 },
  },
  full: {
    limiter: { processes: 3, callsPerProcess: 20, concurrency: 2, requestsPerSecond: 5, burst: 1, judgeArrivals: true },
    chaos: { ...chaosBase, calls: 2_000, seed: 2026 },
  },
};
