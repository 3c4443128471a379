import { fullBucket, reserveToken, type TokenBucketState } from '../rate-limit/token-bucket.js';

/** Takes one request of `key` at `now` (epoch ms): 0 when allowed, else the seconds to wait (≥ 1). */
export type RateLimiter = (key: string, now: number) => number;

/**
 * The mock's admission check: the project's token bucket (src/rate-limit), one per key (the mock
 * keys it by authenticated username, so the number of buckets is bounded by the configured
 * credentials), holding up to one second's worth of requests. Unlike the client, which waits for
 * its token, the mock refuses a request that would have to wait and says for how long; a refused
 * request takes no token. Time is passed in, never read.
 */
export function createRateLimiter(ratePerSecond: number): RateLimiter {
  if (!(ratePerSecond > 0 && Number.isFinite(ratePerSecond)))
    throw new RangeError(`rateLimitPerSecond must be a positive number, not ${String(ratePerSecond)}`);
  const policy = { requestsPerSecond: ratePerSecond, burst: Math.max(1, Math.floor(ratePerSecond)) };
  const buckets = new Map<string, TokenBucketState>();
  return (key, now) => {
    const reservation = reserveToken(buckets.get(key) ?? fullBucket, now, policy);
    if (reservation.waitMs > 0) return Math.max(1, Math.ceil(reservation.waitMs / 1000));
    buckets.set(key, reservation.state);
    return 0;
  };
}
