import { IngoSessionError } from '../src/errors/ingo-session-error.js';

/** The conformance suite cannot run as asked: bad options, unknown tags or profile, missing credentials. */
export class ConformanceError extends IngoSessionError {
  override name = 'ConformanceError';
}

/** Whether `value` is a ConformanceError. */
export function isConformanceError(value: unknown): value is ConformanceError {
  return value instanceof ConformanceError;
}
