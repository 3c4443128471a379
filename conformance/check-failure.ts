import type { ValidationIssue } from '../src/spec/to-validation-issues.js';

/** The checks applied to every response, in order, and the case's own expectation. */
export type CheckName =
  | 'request'
  | 'transport'
  | 'no-5xx'
  | 'status-documented'
  | 'content-type'
  | 'body-schema'
  | 'envelope-consistent'
  | 'expectation';

/** One failed check. */
export interface CheckFailure {
  check: CheckName;
  /** One line saying what was expected and what was received. */
  message: string;
  /** Index of the case's step whose response failed (setup steps first). */
  step?: number;
  /** For `body-schema`: where the body breaks the spec, as JSON pointers with expected and received values. */
  issues?: readonly ValidationIssue[];
}
