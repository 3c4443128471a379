import { formatValidationIssues, type ValidationIssue } from '../spec/to-validation-issues.js';
import { IngoSessionError, type IngoSessionErrorOptions } from './ingo-session-error.js';

/**
 * A request does not match the spec, found before anything was sent. `issues` lists every
 * offending JSON path with the rule it breaks; the message lists them too.
 */
export class RequestValidationError extends IngoSessionError {
  override name = 'RequestValidationError';
  /** Every problem found: JSON pointer, rule, message, expected and received values. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options: IngoSessionErrorOptions = {}) {
    super(`request does not match the spec, nothing was sent: ${formatValidationIssues(issues)}`, options);
    this.issues = issues;
  }

  /** The safe view, with the issues' paths, rules and messages (not the received values). */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues.map(({ path, rule, message }) => ({ path, rule, message })) };
  }
}

/** Whether `value` is a RequestValidationError. */
export function isRequestValidationError(value: unknown): value is RequestValidationError {
  return value instanceof RequestValidationError;
}
