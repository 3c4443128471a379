import { fullBucket, reserveToken, type TokenBucketPolicy, type TokenBucketState } from './token-bucket.js';

/** Waits until a request may start. */
export interface RateLimiter {
  /** Resolves when the caller may send; rejects with the signal's reason if aborted while waiting. */
  take(signal?: AbortSignal): Promise<void>;
}

/** What the limiter needs: the bucket's shape, a clock in ms and a way to wait. */
export interface RateLimiterOptions extends TokenBucketPolicy {
  nowMs: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * A client-side token bucket. Its state lives in this one limiter (one per client), never in the
 * module, so two clients do not share a budget by accident.
 */
export function createRateLimiter({ requestsPerSecond, burst, nowMs, sleep }: RateLimiterOptions): RateLimiter {
  let state: TokenBucketState = fullBucket;
  return {
    async take(signal) {
      const reservation = reserveToken(state, nowMs(), { requestsPerSecond, burst });
      state = reservation.state;
      if (reservation.waitMs > 0) await sleep(reservation.waitMs, signal);
    },
  };
}
