import type { IdempotencyClaim, MaybePromise, MockStore } from './mock-store.js';

/**
 * A failure of the mock's store (Redis went away, say), as opposed to a bug in the request path:
 * the engine answers it 503 with `Retry-After`, a transient server fault the client retries under
 * the same Idempotency-Key, never 500. Internal: no peer ever sees it, only its `operation` and a
 * one-line summary reach the mock's log.
 */
export class MockStoreFailure extends Error {
  override name = 'MockStoreFailure';
  /** The store method that failed (`claimKey`, `saveSession`…). */
  readonly operation: string;

  constructor(operation: string, cause: unknown) {
    super(`the mock's store failed in ${operation}`, { cause });
    this.operation = operation;
  }
}

/** Whether `value` is a store failure marked by guardStore. */
export function isMockStoreFailure(value: unknown): value is MockStoreFailure {
  return value instanceof MockStoreFailure;
}

const mark = (operation: string, error: unknown) =>
  isMockStoreFailure(error) ? error : new MockStoreFailure(operation, error);

/** Runs one store call; a sync throw or a rejection comes out as a MockStoreFailure naming it. */
function call<T>(operation: string, run: () => MaybePromise<T>): MaybePromise<T> {
  let value: MaybePromise<T>;
  try {
    value = run();
  } catch (error) {
    throw mark(operation, error);
  }
  return value instanceof Promise
    ? value.catch((error: unknown) => {
        throw mark(operation, error);
      })
    : value;
}

/**
 * Wraps a store given through the `store` option so that every way it can fail (a method that
 * throws, a promise that rejects, the `settled` promise of a key in flight) is a MockStoreFailure.
 * The in-memory default is not wrapped: it cannot be unavailable, and its hot path stays direct.
 */
export function guardStore(store: MockStore): MockStore {
  const settle = (claim: IdempotencyClaim): IdempotencyClaim => {
    if (claim.state !== 'in_flight') return claim;
    const settled = claim.settled.catch((error: unknown) => {
      throw mark('claimKey (waiting for the key in flight)', error);
    });
    settled.catch(() => undefined);
    return { ...claim, settled };
  };
  const guarded: MockStore = {
    claimKey: (username, key, bodyDigest, now) => {
      const claim = call('claimKey', () => store.claimKey(username, key, bodyDigest, now));
      return claim instanceof Promise ? claim.then(settle) : settle(claim);
    },
    saveSession: (session) => call('saveSession', () => store.saveSession(session)),
    releaseKey: (username, key, error) => call('releaseKey', () => store.releaseKey(username, key, error)),
    getSession: (sessionIdentifier, now) => call('getSession', () => store.getSession(sessionIdentifier, now)),
    listSessions: (now) => call('listSessions', () => store.listSessions(now)),
    findSessionByKey: (key, now) => call('findSessionByKey', () => store.findSessionByKey(key, now)),
    stats: (now) => call('stats', () => store.stats(now)),
  };
  if (store.close) guarded.close = () => store.close!();
  return guarded;
}
