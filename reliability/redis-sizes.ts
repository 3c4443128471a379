import type { RedisLimiterOptions } from './run-redis-limiter.js';

/**
 * The Redis checks' sizes, as reliability-sizes.ts has them for the others: `ci` for vitest,
 * `full` for `npm run reliability`. The limiter's rate and burst are the client's defaults.
 */
export interface RedisSize {
  limiter: RedisLimiterOptions;
}

export const redisSizes: Record<'ci' | 'full', RedisSize> = {
  ci: {
    limiter: { processes: 2, callsPerProcess: 4, concurrency: 2, requestsPerSecond: 5, burst: 1, judgeArrivals: false },
  },
  full: {
    limiter: { processes: 3, callsPerProcess: 20, concurrency: 2, requestsPerSecond: 5, burst: 1, judgeArrivals: true },
  },
};
