/** Takes one request of `key` at `now` (epoch ms): 0 when allowed, else the seconds to wait (≥ 1). */
export type RateLimiter = (key: string, now: number) => number;

/**
 * A token bucket per key (the mock keys it by authenticated username, so the number of buckets is
 * bounded by the configured credentials). Each bucket holds up to one second's worth of requests
 * and refills continuously at `ratePerSecond`. Time is passed in, never read.
 */
export function createRateLimiter(ratePerSecond: number): RateLimiter {
  if (!(ratePerSecond > 0 && Number.isFinite(ratePerSecond))) throw new RangeError(`rateLimitPerSecond must be a positive number, not ${String(ratePerSecond)}`);
  const capacity = Math.max(1, ratePerSecond);
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (key, now) => {
    const bucket = buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * ratePerSecond);
    bucket.at = now;
    buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerSecond));
  };
}
