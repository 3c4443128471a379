import { formatValidationIssues, type ValidationIssue } from '../spec/to-validation-issues.js';
import { IngoSessionError, type IngoSessionErrorOptions } from './ingo-session-error.js';

/** What a ResponseValidationError carries. */
export interface ResponseValidationErrorOptions extends IngoSessionErrorOptions {
  /** The HTTP status of the answer. */
  httpStatus: number;
  /** The parsed JSON body that failed validation. */
  body: unknown;
  /** The raw HTTP response (its body already read). */
  response?: Response | undefined;
}

/**
 * A server's answer does not match the spec's schema for its HTTP status: the server has drifted
 * from the spec. Thrown only with strict response validation (`validateResponses: true`).
 * Carries the raw response and body so the drift can be inspected.
 */
export class ResponseValidationError extends IngoSessionError {
  override name = 'ResponseValidationError';
  /** Every mismatch: JSON pointer into the body, rule, message. */
  readonly issues: readonly ValidationIssue[];
  /** The HTTP status of the answer. */
  readonly httpStatus: number;
  /** The parsed body. */
  readonly body: unknown;
  /** The raw response. */
  readonly response: Response | undefined;

  constructor(
    issues: readonly ValidationIssue[],
    { httpStatus, body, response, ...options }: ResponseValidationErrorOptions,
  ) {
    super(`HTTP ${httpStatus} answer does not match the spec: ${formatValidationIssues(issues)}`, options);
    this.issues = issues;
    this.httpStatus = httpStatus;
    this.body = body;
    this.response = response;
  }

  /** The safe view, with the HTTP status and the issues' paths and rules. */
  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      httpStatus: this.httpStatus,
      issues: this.issues.map(({ path, rule, message }) => ({ path, rule, message })),
    };
  }
}

/** Whether `value` is a ResponseValidationError. */
export function isResponseValidationError(value: unknown): value is ResponseValidationError {
  return value instanceof ResponseValidationError;
}
