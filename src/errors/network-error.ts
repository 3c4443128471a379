import { IngoSessionError, type IngoSessionErrorOptions } from './ingo-session-error.js';

/** What a NetworkError carries. */
export interface NetworkErrorOptions extends IngoSessionErrorOptions {
  /** How many attempts were made before giving up. */
  attempts?: number;
}

/**
 * No answer could be obtained: the connection was refused or reset, DNS failed, TLS failed. When
 * thrown by `createSession`, every allowed retry has been tried. The platform's error is `cause`.
 */
export class NetworkError extends IngoSessionError {
  override name = 'NetworkError';
  /** How many attempts were made (1 when not retried). */
  readonly attempts: number;

  constructor(message: string, { attempts = 1, ...options }: NetworkErrorOptions = {}) {
    super(message, options);
    this.attempts = attempts;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), attempts: this.attempts };
  }
}

/** Whether `value` is a NetworkError. */
export function isNetworkError(value: unknown): value is NetworkError {
  return value instanceof NetworkError;
}
