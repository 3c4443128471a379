import { IngoSessionError, redactSecrets, type IngoSessionErrorOptions } from './ingo-session-error.js';

/** What every error about an HTTP answer from the server carries. */
export interface ApiErrorOptions extends IngoSessionErrorOptions {
  /** The HTTP status code of the answer. */
  httpStatus: number;
  /** Ingo's envelope `status` (for example 401, 402, 13723), when the body is an envelope. */
  status?: number | undefined;
  /** The envelope's `client_message`, when there is one. */
  clientMessage?: string | undefined;
  /** The parsed JSON body, or the text when it is not JSON. */
  body?: unknown;
  /** The HTTP response (its body already read). */
  response?: Response | undefined;
}

/**
 * The server answered, and the answer is an error: an error HTTP status, or HTTP 200 with an error
 * envelope. `status` and `clientMessage` come from Ingo's envelope, `httpStatus` from HTTP.
 *
 * Hierarchy: every error ingo-session throws extends IngoSessionError directly, except that the
 * errors describing a particular kind of server answer (AuthenticationError,
 * IdempotencyConflictError, RateLimitError) extend ApiError. That one extra level is deliberate:
 * `isApiError(e)` is then true for every answer from the server, so callers can handle "the
 * server said no" in one branch and still pick out the kinds they care about.
 */
export class ApiError extends IngoSessionError {
  override name = 'ApiError';
  /** The HTTP status code of the answer. */
  readonly httpStatus: number;
  /** Ingo's envelope `status`, or undefined when the body is not an envelope. */
  readonly status: number | undefined;
  /** The envelope's `client_message` (redacted like the message), or undefined. */
  readonly clientMessage: string | undefined;
  /** The parsed JSON body (or the text when it is not JSON), exactly as received: not redacted, never printed. */
  readonly body: unknown;
  /** The HTTP response, kept for headers; its body has been read. */
  readonly response: Response | undefined;

  constructor(message: string, { httpStatus, status, clientMessage, body, response, ...options }: ApiErrorOptions) {
    super(message, options);
    this.httpStatus = httpStatus;
    this.status = status;
    this.clientMessage = clientMessage === undefined ? undefined : redactSecrets(clientMessage, options.secrets);
    this.body = body;
    this.response = response;
  }

  /** The safe view: name, message, where, and the HTTP and envelope statuses; never the body. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), httpStatus: this.httpStatus, status: this.status, clientMessage: this.clientMessage };
  }
}

/** Whether `value` is an ApiError, including AuthenticationError, IdempotencyConflictError and RateLimitError. */
export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
