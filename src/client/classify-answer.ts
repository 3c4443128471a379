import { ResponseValidationError } from '../errors/response-validation-error.js';
import { findResponseSchemaPointer } from '../spec/find-response-schema.js';
import type { ValidationIssue } from '../spec/to-validation-issues.js';
import { isSuccessStatus } from './envelope-codes.js';
import type { CreateSessionResult, SessionCreated } from './session-client-types.js';
import { redactBody, redactResponse } from './redact-answer.js';
import { toApiError, type Answer, type RequestSite } from './to-api-error.js';

/**
 * Turns an answer into `createSession`'s result, following the house rule "answers the spec
 * declares are data; the rest is thrown":
 * - a declared HTTP status with an envelope: `{ data }` for HTTP 200 with status 100/101, else
 *   `{ error }` holding the matching ApiError subclass;
 * - an undeclared HTTP status, a body that is not JSON, or JSON that is not an envelope: throws an
 *   ApiError;
 * - with `checkAnswer` (strict response validation), a declared answer that does not match its
 *   schema: throws a ResponseValidationError carrying the response and body (redacted copies).
 */
export function classifyAnswer(
  answer: Answer,
  site: RequestSite,
  checkAnswer?: (httpStatus: number, body: unknown) => ValidationIssue[] | undefined,
): CreateSessionResult {
  const { httpStatus, response, body } = answer;
  if (findResponseSchemaPointer(httpStatus) === undefined)
    throw toApiError(answer, site, 'Create Session got an answer the spec does not declare');
  if (!answer.json) throw toApiError(answer, site, answer.problem ?? 'Create Session got an answer that is not JSON');
  const issues = checkAnswer?.(httpStatus, body);
  if (issues)
    throw new ResponseValidationError(issues, {
      ...site,
      httpStatus,
      body: redactBody(body, site.secrets),
      response: redactResponse(response, site.secrets),
    });
  const status = answer.envelopeStatus;
  if (status === undefined) throw toApiError(answer, site, 'Create Session got an answer that is not an Ingo envelope');
  if (httpStatus === 200 && isSuccessStatus(status)) return { data: body as SessionCreated, response };
  const error = toApiError(answer, site, 'Create Session was rejected');
  // The redacted copy: the answer of a rejection may echo what was signed.
  return { error, response: error.response! };
}
