import { ApiError } from './api-error.js';

/**
 * The server rejected the request's authentication: HTTP 401, or an envelope status of the
 * authentication family (a bad signature, an unknown username, or an X-Date outside the clock-skew
 * window). Check the username and secret, and the machine's clock. Extends ApiError (see there).
 */
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
}

/** Whether `value` is an AuthenticationError. */
export function isAuthenticationError(value: unknown): value is AuthenticationError {
  return value instanceof AuthenticationError;
}
