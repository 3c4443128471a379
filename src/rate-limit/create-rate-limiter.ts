import type { RateLimiter } from './rate-limiter.js';
import { fullBucket, reserveToken, type TokenBucketPolicy, type TokenBucketState } from './token-bucket.js';

export type { RateLimiter } from './rate-limiter.js';

/** What the limiter needs: the bucket's shape, a clock in ms and a way to wait. */
export interface RateLimiterOptions extends TokenBucketPolicy {
  nowMs: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * A client-side token bucket. Its state lives in this one limiter (one per client), never in the
 * module, so two clients do not share a budget by accident.
 */
export function createTokenBucketLimiter({ requestsPerSecond, burst, nowMs, sleep }: RateLimiterOptions): RateLimiter {
  let state: TokenBucketState = fullBucket;
  return {
    async take(signal) {
      const reservation = reserveToken(state, nowMs(), { requestsPerSecond, burst });
      state = reservation.state;
      if (reservation.waitMs > 0) await sleep(reservation.waitMs, signal);
    },
  };
}
