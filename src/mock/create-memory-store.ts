import { BoundedStore } from './bounded-store.js';
import type { IdempotencyClaim, MockSession, MockStoreStats, SyncMockStore } from './mock-store.js';

/** Limits of the in-memory store. */
export interface MemoryStoreOptions {
  /** How long a key stays active after its first request claimed it (ms). */
  windowMs: number;
  /** Estimated bytes kept in all: half for Idempotency-Keys, half for the session list. */
  maxBytes: number;
  /** Optional extra cap on the number of keys remembered. */
  maxKeys?: number;
  /** Optional extra cap on the number of sessions kept. */
  maxSessions?: number;
}

export interface KeyEntry {
  scoped: string;
  bodyDigest: string;
  session: MockSession;
}

interface Reservation {
  bodyDigest: string;
  at: number;
  bytes: number;
  settled: Promise<MockSession>;
  resolve(session: MockSession): void;
  reject(error: unknown): void;
}

/**
 * Estimated heap bytes of an entry: two bytes per character of every string it holds (V8 keeps
 * one-byte strings at one) plus a fixed 768 for the objects, string headers, Map entry and
 * eviction-queue slot. Measured on Node 20 with UUID keys and ids, a key and its session take
 * about 2.7 KB of heap; this estimate says about 3.2 KB, an upper bound that measure-store-heap
 * checks. Every string is bounded (the spec caps participant ids at 100 and keys at 250
 * characters), so an entry stays under 4 KB whatever the body held.
 */
export const ENTRY_OVERHEAD = 768;
export const sessionBytes = (s: MockSession) =>
  ENTRY_OVERHEAD +
  2 *
    (s.session_identifier.length +
      s.participant_unique_id1.length +
      s.participant_unique_id2.length +
      s.username.length +
      (s.idempotencyKey?.length ?? 0) +
      s.bodyDigest.length);
// A key entry shares its session with the list, but counts it again: the list may evict it first.
export const keyBytes = (entry: KeyEntry) =>
  ENTRY_OVERHEAD + 2 * (entry.scoped.length + entry.bodyDigest.length) + sessionBytes(entry.session);

/**
 * Creates the mock's default store: bounded in estimated bytes (oldest committed evicted first),
 * keys expiring `windowMs` after they were claimed. In-flight reservations live apart from the
 * bounded part, so no amount of later traffic can evict a key whose first request is still being
 * answered; they are bounded by the requests in flight (the listener's connection cap).
 */
export function createMemoryStore({ windowMs, maxBytes, maxKeys, maxSessions }: MemoryStoreOptions): SyncMockStore {
  const half = Math.max(1, Math.floor(maxBytes / 2));
  const keys = new BoundedStore<string, KeyEntry>({
    ttlMs: windowMs,
    maxBytes: half,
    sizeOf: keyBytes,
    ...(maxKeys === undefined ? {} : { maxEntries: maxKeys }),
  });
  const sessions = new BoundedStore<string, MockSession>({
    maxBytes: half,
    sizeOf: sessionBytes,
    ...(maxSessions === undefined ? {} : { maxEntries: maxSessions }),
  });
  const inFlight = new Map<string, Reservation>();
  let inFlightBytes = 0;

  function reserve(scoped: string, bodyDigest: string, now: number): IdempotencyClaim {
    let resolve!: (session: MockSession) => void;
    let reject!: (error: unknown) => void;
    const settled = new Promise<MockSession>((res, rej) => ((resolve = res), (reject = rej)));
    // Nobody may be waiting when a reservation is released; that must not be an unhandled rejection.
    settled.catch(() => undefined);
    const bytes = ENTRY_OVERHEAD + 2 * (scoped.length + bodyDigest.length);
    inFlight.set(scoped, { bodyDigest, at: now, bytes, settled, resolve, reject });
    inFlightBytes += bytes;
    return { state: 'reserved' };
  }

  function take(scoped: string): Reservation | undefined {
    const reservation = inFlight.get(scoped);
    if (reservation === undefined) return undefined;
    inFlight.delete(scoped);
    inFlightBytes -= reservation.bytes;
    return reservation;
  }

  return {
    claimKey(username, key, bodyDigest, now) {
      const scoped = scope(username, key);
      const committed = keys.get(scoped, now);
      if (committed !== undefined)
        return { state: 'committed', bodyDigest: committed.bodyDigest, session: committed.session };
      const pending = inFlight.get(scoped);
      if (pending !== undefined)
        return { state: 'in_flight', bodyDigest: pending.bodyDigest, settled: pending.settled };
      return reserve(scoped, bodyDigest, now);
    },
    saveSession(session) {
      sessions.set(session.session_identifier, session, session.createdAt);
      if (session.idempotencyKey === undefined) return;
      const scoped = scope(session.username, session.idempotencyKey);
      const reservation = take(scoped);
      // The window runs from the first request's claim, not from its commit.
      keys.set(scoped, { scoped, bodyDigest: session.bodyDigest, session }, reservation?.at ?? session.createdAt);
      reservation?.resolve(session);
    },
    releaseKey(username, key, error) {
      take(scope(username, key))?.reject(error);
    },
    getSession: (sessionIdentifier, now) => sessions.get(sessionIdentifier, now),
    listSessions(now) {
      sessions.prune(now);
      return [...sessions.values()];
    },
    findSessionByKey(key, now) {
      keys.prune(now);
      let found: MockSession | undefined;
      for (const entry of keys.values()) if (entry.session.idempotencyKey === key) found = entry.session;
      return found;
    },
    stats(now): MockStoreStats {
      keys.prune(now);
      sessions.prune(now);
      return {
        sessions: sessions.size,
        idempotencyKeys: keys.size + inFlight.size,
        inFlightKeys: inFlight.size,
        bytes: keys.bytes + sessions.bytes + inFlightBytes,
      };
    },
    close() {},
  };
}

// Length-prefixed, so that no username/key pair can collide with another.
function scope(username: string, key: string): string {
  return `${username.length}:${username}${key}`;
}
