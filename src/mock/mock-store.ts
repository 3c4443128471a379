/**
 * The seam between the mock's request path and where it remembers sessions and Idempotency-Keys.
 * The in-memory store (createMemoryStore) answers synchronously, so that the mock's hot path stays
 * synchronous; an out-of-process store (Redis, shared by several mock processes) may answer any
 * method with a promise. The engine accepts both and awaits only promises.
 */

/** A value, or a promise of it. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * What the mock keeps of a staged session: the few fields its answers echo and a digest of the
 * request body's canonical form (RFC 8785), never the body itself, so that what a session costs is
 * bounded by the spec's field lengths whatever the open parts of the body held.
 */
export interface MockSession {
  session_identifier: string;
  participant_unique_id1: string;
  participant_unique_id2: string;
  /** The username that created it. */
  username: string;
  idempotencyKey?: string;
  /** Mock clock (epoch ms) at commit. */
  createdAt: number;
  /** base64url SHA-256 of the body's RFC 8785 canonical JSON; equal digests mean equal bodies. */
  bodyDigest: string;
}

/** What claiming an Idempotency-Key found. */
export type IdempotencyClaim =
  /** The key had no active entry and is now reserved: the caller must `saveSession` or `releaseKey`. */
  | { state: 'reserved' }
  /** The key's first request has committed this session. */
  | { state: 'committed'; bodyDigest: string; session: MockSession }
  /** The key's first request is still in flight; `settled` resolves with its session or rejects if it fails. */
  | { state: 'in_flight'; bodyDigest: string; settled: Promise<MockSession> };

/** Counts and estimated memory of a store. */
export interface MockStoreStats {
  sessions: number;
  /** Active Idempotency-Keys, in-flight ones included. */
  idempotencyKeys: number;
  inFlightKeys: number;
  /** Estimated bytes held (in-flight reservations included); undefined when the store cannot tell. */
  bytes?: number;
}

/**
 * Where the mock keeps sessions and Idempotency-Keys. Keys are scoped by username. Contract, which
 * every implementation keeps:
 * - a key stays active for the idempotency window after its first request claimed it, unless the
 *   store's memory bound evicts it earlier (oldest committed first);
 * - a reserved (in-flight) key is never evicted, and never expires before it is saved or released
 *   while the process holding it runs (a store shared by several processes may let a dead
 *   process's reservation lapse after a lease; saving a lapsed one that another claim has taken
 *   over since then throws, and saves nothing);
 * - `claimKey` is atomic: of concurrent claims of one key exactly one gets `reserved`.
 */
export interface MockStore {
  /** Reserves `key` for `username` with the body's digest, or reports the active entry it already has. */
  claimKey(username: string, key: string, bodyDigest: string, now: number): MaybePromise<IdempotencyClaim>;
  /** Keeps a committed session; with an `idempotencyKey`, also completes that key's reservation. */
  saveSession(session: MockSession): MaybePromise<void>;
  /** The key's first request failed before committing: forget the reservation and fail its waiters with `error`. */
  releaseKey(username: string, key: string, error: unknown): MaybePromise<void>;
  /** A kept session by id. */
  getSession(sessionIdentifier: string, now: number): MaybePromise<MockSession | undefined>;
  /** Every kept session, oldest first. */
  listSessions(now: number): MaybePromise<MockSession[]>;
  /** The committed session of an active key, for any username (newest first). */
  findSessionByKey(key: string, now: number): MaybePromise<MockSession | undefined>;
  stats(now: number): MaybePromise<MockStoreStats>;
  /** Releases connections or timers; `startMock`'s `close()` calls it after the server has stopped. */
  close?(): MaybePromise<void>;
}

/** A store whose every method answers synchronously, such as the in-memory one. */
export type SyncMockStore = {
  [K in keyof MockStore]-?: NonNullable<MockStore[K]> extends (...args: infer A) => infer R
    ? (...args: A) => Awaited<R>
    : never;
};
