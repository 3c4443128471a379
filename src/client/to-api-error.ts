import { ApiError, type ApiErrorOptions } from '../errors/api-error.js';
import { AuthenticationError } from '../errors/authentication-error.js';
import { IdempotencyConflictError } from '../errors/idempotency-conflict-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { envelopeCodes } from './envelope-codes.js';
import { redactBody, redactResponse } from './redact-answer.js';

/** An answer from the server, body already read. */
export interface Answer {
  httpStatus: number;
  response: Response;
  /** The parsed JSON body, or the text when it is not JSON (`json` false). */
  body: unknown;
  /** Whether the body parsed as JSON (and is a value this client keeps: see `problem`). */
  json: boolean;
  /** Why a body that parsed is not kept as JSON (nested deeper than the spec's maxAnswerDepth). */
  problem?: string;
  /** Ingo's envelope status, when the body is shaped like an envelope. */
  envelopeStatus: number | undefined;
  /** The wait asked for by Retry-After, in ms. */
  retryAfterMs?: number | undefined;
}

/** Where the request went, for messages; and the secrets to keep out of them. */
export interface RequestSite {
  method: string;
  url: string;
  secrets: readonly string[];
}

/** The envelope's numeric `status`, when the body is shaped like an envelope. */
export function readEnvelopeStatus(body: unknown): number | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const { status } = body as { status?: unknown };
  return typeof status === 'number' ? status : undefined;
}

/** The envelope's `client_message`, when it has one. */
function readClientMessage(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const { client_message: clientMessage } = body as { client_message?: unknown };
  return typeof clientMessage === 'string' ? clientMessage : undefined;
}

/**
 * The ApiError for an answer, of the most specific class: AuthenticationError for HTTP 401 or an
 * authentication envelope status (bad signature, stale X-Date), IdempotencyConflictError for HTTP
 * 422 or envelope 13723, RateLimitError for HTTP 429 or envelope 429 (with Retry-After), ApiError
 * otherwise. The envelope status decides as much as the HTTP status, because some Ingo servers
 * answer errors with HTTP 200. The error's `body` and `response` headers are redacted copies: the
 * attempt's signature and the secret never reach them, whatever the server echoed.
 */
export function toApiError(answer: Answer, site: RequestSite, summary: string): ApiError {
  const status = answer.envelopeStatus;
  const clientMessage = readClientMessage(answer.body);
  const message = `${summary}: HTTP ${answer.httpStatus}${status === undefined ? '' : `, status ${status}`}${clientMessage ? `: ${clientMessage}` : ''}`;
  const options: ApiErrorOptions = {
    ...site,
    httpStatus: answer.httpStatus,
    status,
    clientMessage,
    body: redactBody(answer.body, site.secrets),
    response: redactResponse(answer.response, site.secrets),
  };
  if (answer.httpStatus === 401 || status === envelopeCodes.badSignature || status === envelopeCodes.staleDate)
    return new AuthenticationError(message, options);
  if (answer.httpStatus === 422 || status === envelopeCodes.idempotencyConflict)
    return new IdempotencyConflictError(message, options);
  if (answer.httpStatus === 429 || status === envelopeCodes.rateLimited)
    return new RateLimitError(message, { ...options, retryAfterMs: answer.retryAfterMs });
  return new ApiError(message, options);
}
