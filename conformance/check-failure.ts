import type { ConstraintSource } from '../src/spec/find-constraint-source.js';
import type { ValidationIssue } from '../src/spec/to-validation-issues.js';

/** The checks applied to every response, in order, and the case's own expectation. */
export type ResponseCheckName =
  | 'request'
  | 'transport'
  | 'no-5xx'
  | 'status-documented'
  | 'content-type'
  | 'body-schema'
  | 'headers'
  | 'envelope-consistent'
  | 'expectation';

/** One failed check. */
export interface CheckFailure {
  check: ResponseCheckName;
  /** One line saying what was expected and what was received. */
  message: string;
  /** Index of the case's step whose response failed (setup steps first). */
  step?: number;
  /** For `body-schema`: where the body breaks the spec, as JSON pointers with expected and received values. */
  issues?: readonly ValidationIssue[];
  /**
   * For a warning: the spec rows (example-derived or assumed constraints) the server differs from.
   * A check that fails only on such rows is a warning, unless the run is `strictAssumptions`.
   */
  sources?: readonly ConstraintSource[];
}
