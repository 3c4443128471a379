/**
 * What the mock keeps of a staged session: the few fields its answers echo and a digest of the
 * request body's canonical form (RFC 8785), never the body itself. Every field is bounded by the
 * spec (participant ids ≤ 100 characters, Idempotency-Key ≤ 250, a UUID, a 43-character digest),
 * so what a session costs does not depend on what the open parts of the body held.
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

/** Read access to what a store keeps, for tests (`mock.sessions`). */
export interface MockSessionView {
  /** Sessions kept (each until its window ends or the count cap evicts it). */
  readonly size: number;
  /** Every kept session, oldest first. */
  list(): MockSession[];
  get(sessionIdentifier: string): MockSession | undefined;
  /** The committed session of an active Idempotency-Key (any username, newest first). */
  findByIdempotencyKey(key: string): MockSession | undefined;
  /** Active Idempotency-Keys, in-flight ones included. */
  readonly idempotencyEntries: number;
}

/**
 * Where the mock keeps sessions and Idempotency-Keys; keys are scoped by username. The engine
 * awaits every call. Contract:
 * - a key stays active for the idempotency window after its first request claimed it, unless the
 *   store's cap evicts it earlier (oldest committed first);
 * - a reserved (in-flight) key is never evicted and never expires before it is saved or released;
 * - `claimKey` is atomic: of concurrent claims of one key exactly one gets `reserved`.
 */
export interface MockStore {
  /** Reserves `key` for `username` with the body's digest, or reports the active entry it already has. */
  claimKey(username: string, key: string, bodyDigest: string): Promise<IdempotencyClaim>;
  /** Keeps a committed session; with an `idempotencyKey`, also completes that key's reservation. */
  saveSession(session: MockSession): Promise<void>;
  /** The key's first request failed before committing: forget the reservation and fail its waiters with `error`. */
  releaseKey(username: string, key: string, error: unknown): Promise<void>;
  /** What the store keeps, read synchronously: `mock.sessions`. */
  readonly view: MockSessionView;
}
