import { IngoSessionError, type IngoSessionErrorOptions } from './ingo-session-error.js';

/** What a ResponseTooLargeError carries. */
export interface ResponseTooLargeErrorOptions extends IngoSessionErrorOptions {
  /** The HTTP status of the oversized answer. */
  httpStatus: number;
  /** The client's cap, `maxAnswerBytes`. */
  maxBytes: number;
}

/**
 * The server's answer was larger than the client's cap (`maxAnswerBytes`, by default fitted to the
 * largest answer the spec allows): reading stopped at the cap, or at once when Content-Length
 * declared more. Not retried: the server did answer, with something no declared answer can be.
 */
export class ResponseTooLargeError extends IngoSessionError {
  override name = 'ResponseTooLargeError';
  /** The HTTP status of the answer. */
  readonly httpStatus: number;
  /** The cap that was exceeded, in bytes. */
  readonly maxBytes: number;

  constructor(message: string, { httpStatus, maxBytes, ...options }: ResponseTooLargeErrorOptions) {
    super(message, options);
    this.httpStatus = httpStatus;
    this.maxBytes = maxBytes;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), httpStatus: this.httpStatus, maxBytes: this.maxBytes };
  }
}

/** Whether `value` is a ResponseTooLargeError. */
export function isResponseTooLargeError(value: unknown): value is ResponseTooLargeError {
  return value instanceof ResponseTooLargeError;
}
