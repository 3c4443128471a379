import { IngoSessionError } from '../errors/ingo-session-error.js';

/**
 * Thrown when a request cannot be signed or an Authorization value cannot be parsed or written:
 * the message names what is wrong; it never contains the secret or a signature.
 */
export class SigningError extends IngoSessionError {
  override name = 'SigningError';
}

/** Whether `value` is a SigningError. */
export function isSigningError(value: unknown): value is SigningError {
  return value instanceof SigningError;
}
