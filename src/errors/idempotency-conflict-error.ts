import { ApiError } from './api-error.js';

/**
 * The Idempotency-Key was already used with a different body within its window (Ingo's envelope
 * status 13723). Use a new key for a new session, or resend the original body. Extends ApiError.
 */
export class IdempotencyConflictError extends ApiError {
  override name = 'IdempotencyConflictError';
}

/** Whether `value` is an IdempotencyConflictError. */
export function isIdempotencyConflictError(value: unknown): value is IdempotencyConflictError {
  return value instanceof IdempotencyConflictError;
}
