import { ApiError, type ApiErrorOptions } from './api-error.js';

/** What a RateLimitError carries besides the answer. */
export interface RateLimitErrorOptions extends ApiErrorOptions {
  /** How long the server asked to wait (from Retry-After), in milliseconds. */
  retryAfterMs?: number | undefined;
}

/**
 * The server refused the request for going over the agreed rate (HTTP 429). `retryAfterMs` is the
 * wait the server asked for, when it said. Extends ApiError.
 */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
  /** The wait the server asked for in Retry-After, in milliseconds, or undefined. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, { retryAfterMs, ...options }: RateLimitErrorOptions) {
    super(message, options);
    this.retryAfterMs = retryAfterMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfterMs: this.retryAfterMs };
  }
}

/** Whether `value` is a RateLimitError. */
export function isRateLimitError(value: unknown): value is RateLimitError {
  return value instanceof RateLimitError;
}
