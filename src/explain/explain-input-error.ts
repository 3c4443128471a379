import { IngoSessionError } from '../errors/ingo-session-error.js';

/**
 * Thrown when a capture cannot be read as a request (no request line, a header line without a
 * colon, a HAR file without a request). The message names what is wrong and where (a line number),
 * never a header value, so never a signature or a secret.
 */
export class ExplainInputError extends IngoSessionError {
  override name = 'ExplainInputError';
}

/** Whether `value` is an ExplainInputError. */
export function isExplainInputError(value: unknown): value is ExplainInputError {
  return value instanceof ExplainInputError;
}
