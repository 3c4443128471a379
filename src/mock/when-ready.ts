import type { MaybePromise } from './mock-store.js';

/**
 * Runs `next` on a value that may be a promise: at once when it is not, so that the in-memory
 * store keeps the mock's request path synchronous, after it settles when it is.
 */
export function whenReady<T, R>(value: MaybePromise<T>, next: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}
