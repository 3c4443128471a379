/**
 * What the client needs from a rate limiter: one call per attempt that resolves when the attempt
 * may start. The per-process token bucket (createTokenBucketLimiter) is one; an account-wide limiter
 * shared by several processes (`ingo-session/redis`) is another. The core knows only this
 * interface, so it never imports an optional integration.
 */
export interface RateLimiter {
  /**
   * Resolves when the caller may send. Rejects with the signal's reason if aborted while waiting,
   * or with the limiter's own typed error when it cannot decide (a shared store that is down).
   */
  take(signal?: AbortSignal): Promise<void>;
}

/** Whether `value` is a limiter object (has a `take` method) rather than rate-limit numbers. */
export function isRateLimiter(value: unknown): value is RateLimiter {
  return typeof value === 'object' && value !== null && typeof (value as { take?: unknown }).take === 'function';
}
