import { BoundedStore } from './bounded-store.js';
import type { MockSession } from './mock-options.js';

/** One active Idempotency-Key: the body it was first sent with and its session, once committed. */
export interface IdempotencyEntry {
  body: unknown;
  /** Set when the first request has committed; until then the key is in flight. */
  session?: MockSession;
  /** Settles when the first request commits (or fails before committing). */
  committed: Promise<MockSession>;
}

/** A reserved key: the first request's handle to finish what it started. */
export interface IdempotencyReservation {
  commit(session: MockSession): void;
  /** The first request failed before committing: forget the key and fail the waiters. */
  abandon(error: unknown): void;
}

/**
 * Remembers Idempotency-Keys per username for the idempotency window, with a size cap (oldest
 * forgotten first). A key is reserved before its session is committed, so a duplicate that arrives
 * in between waits for the same session instead of creating a second one.
 */
export class IdempotencyStore {
  readonly #entries: BoundedStore<string, IdempotencyEntry>;

  constructor({ windowMs, maxEntries }: { windowMs: number; maxEntries: number }) {
    this.#entries = new BoundedStore({ ttlMs: windowMs, maxEntries });
  }

  /** The active entry of a key, if any. */
  find(username: string, key: string, now: number): IdempotencyEntry | undefined {
    return this.#entries.get(scope(username, key), now);
  }

  /** Reserves a key that has no active entry. */
  reserve(username: string, key: string, body: unknown, now: number): IdempotencyReservation {
    const scoped = scope(username, key);
    let resolve!: (session: MockSession) => void;
    let reject!: (error: unknown) => void;
    const committed = new Promise<MockSession>((res, rej) => ((resolve = res), (reject = rej)));
    // Nobody may be waiting when a reservation is abandoned; that must not be an unhandled rejection.
    committed.catch(() => undefined);
    const entry: IdempotencyEntry = { body, committed };
    this.#entries.set(scoped, entry, now);
    return {
      commit(session) {
        entry.session = session;
        resolve(session);
      },
      abandon: (error) => {
        if (this.#entries.get(scoped, now) === entry) this.#entries.delete(scoped);
        reject(error);
      },
    };
  }

  /** The committed session of an active key, for any username (newest first). */
  findSession(key: string, now: number): MockSession | undefined {
    this.#entries.prune(now);
    let found: MockSession | undefined;
    for (const entry of this.#entries.values()) if (entry.session?.idempotencyKey === key) found = entry.session;
    return found;
  }

  /** Active keys at `now`, in-flight ones included. */
  count(now: number): number {
    this.#entries.prune(now);
    return this.#entries.size;
  }
}

// Length-prefixed, so that no username/key pair can collide with another.
function scope(username: string, key: string): string {
  return `${username.length}:${username}${key}`;
}
