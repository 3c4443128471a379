import { IngoSessionError } from '../errors/ingo-session-error.js';

/**
 * The account-wide rate limit could not be checked (Redis unreachable, too slow, or refusing the
 * script), and the limiter fails closed (`onUnavailable: 'fail'`, the default): the attempt was
 * not sent. The Redis error is `cause`. The message names the Redis address without credentials.
 */
export class RateLimiterUnavailableError extends IngoSessionError {
  override name = 'RateLimiterUnavailableError';
}

/** Whether `value` is a RateLimiterUnavailableError. */
export function isRateLimiterUnavailableError(value: unknown): value is RateLimiterUnavailableError {
  return value instanceof RateLimiterUnavailableError;
}
