import { IngoSessionError, type IngoSessionErrorOptions } from './ingo-session-error.js';

/** What a TimeoutError carries. */
export interface TimeoutErrorOptions extends IngoSessionErrorOptions {
  /** The per-attempt time limit that was exceeded, in milliseconds. */
  timeoutMs: number;
  /** How many attempts were made. */
  attempts?: number;
}

/**
 * No complete answer arrived within the per-attempt time limit, and every allowed retry has been
 * tried. (A caller's own AbortSignal is not a timeout: it rejects with the signal's reason.)
 */
export class TimeoutError extends IngoSessionError {
  override name = 'TimeoutError';
  /** The per-attempt limit, in milliseconds. */
  readonly timeoutMs: number;
  /** How many attempts were made. */
  readonly attempts: number;

  constructor(message: string, { timeoutMs, attempts = 1, ...options }: TimeoutErrorOptions) {
    super(message, options);
    this.timeoutMs = timeoutMs;
    this.attempts = attempts;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs, attempts: this.attempts };
  }
}

/** Whether `value` is a TimeoutError. */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return value instanceof TimeoutError;
}
