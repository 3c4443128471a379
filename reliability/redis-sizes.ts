import type { RedisLimiterOptions } from './run-redis-limiter.js';

/**
 * The Redis checks' sizes, as reliability-sizes.ts has them for the others: `ci` for vitest,
 * `full` for `npm run reliability`. The rate and burst are the client's defaults.
 */
export const redisSizes: Record<'ci' | 'full', { limiter: RedisLimiterOptions }> = {
  ci: {
    limiter: { processes: 2, callsPerProcess: 4, concurrency: 2, requestsPerSecond: 5, burst: 1 },
  },
  full: {
    limiter: { processes: 3, callsPerProcess: 20, concurrency: 2, requestsPerSecond: 5, burst: 1 },
  },
};
