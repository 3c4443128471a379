import { signingConfig, specLimits } from '../spec/signing-config.js';
import type { IdempotencyClaim, MockSession, MockSessionView, MockStore } from './mock-store.js';

/** Limits and clock of the in-memory store. */
export interface MemoryStoreOptions {
  /** How long a key (and its session) stays after its first request claimed it, in ms; the spec's 2 h by default. */
  windowMs?: number;
  /** Most sessions kept, with their keys; beyond it the oldest committed is forgotten. `defaultMaxKeys` by default. */
  maxKeys?: number;
  /** The mock's clock (epoch ms); `Date.now` by default. */
  now?: () => number;
}

/**
 * The most bytes one entry can hold, rounded up: its strings are bounded by the spec (an
 * Idempotency-Key of at most 250 characters, participant ids of at most 100 each, a UUID, a
 * 43-character digest, the username of a configured credential), about 450 characters at two bytes
 * each, plus the entry, session and Map slot objects. So a count of entries bounds the bytes.
 */
export const maxEntryBytes = 4096;

/** The default cap: the spec's `x-ingo-limits.mockStoreBytes` (192 MiB) over `maxEntryBytes`, 49,152 entries. */
export const defaultMaxKeys = Math.floor(specLimits.mockStoreBytes / maxEntryBytes);

/** One kept session under its key (or, without a key, its id); `settled` while the key's first request is in flight. */
interface Entry {
  bodyDigest: string;
  /** When the key was claimed (or the keyless session committed): the window runs from here. */
  at: number;
  session?: MockSession;
  inFlight?: { settled: Promise<MockSession>; resolve(session: MockSession): void; reject(error: unknown): void };
}

/**
 * Creates the mock's default store: one Map, in claim order, of every session kept with what a
 * replay and a conflict check need (the session and the body's digest). An entry counts as gone
 * once its window has ended (and is dropped when next looked up); at `maxKeys` entries the oldest
 * committed ones are forgotten. A key whose first request is still in flight is never evicted;
 * those are bounded by the requests in flight (the listener's connection cap).
 */
export function createMemoryStore({
  windowMs = signingConfig.idempotency.windowSeconds * 1000,
  maxKeys = defaultMaxKeys,
  now = Date.now,
}: MemoryStoreOptions = {}): MockStore {
  if (!(Number.isInteger(maxKeys) && maxKeys > 0))
    throw new RangeError(`maxKeys must be a positive integer, not ${String(maxKeys)}`);
  if (!(windowMs > 0)) throw new RangeError(`windowMs must be positive, not ${String(windowMs)}`);
  const entries = new Map<string, Entry>();
  const expired = (entry: Entry, at: number) => entry.session !== undefined && at - entry.at >= windowMs;

  /**
   * Before adding an entry at the cap: forgets the oldest committed entries (the expired ones come
   * first, in claim order) until a sixteenth of the cap is free. In batches, because a Map restarts
   * iteration at its front, past every slot deleted since it last rehashed: one eviction per insert
   * made an insert into a full default store cost about 100 µs; in batches it costs what one into an
   * empty store does (a few µs, measured with 400,000 inserts).
   */
  function makeRoom(): void {
    if (entries.size < maxKeys) return;
    const keep = maxKeys - Math.ceil(maxKeys / 16);
    for (const [name, entry] of entries) {
      if (entries.size <= keep) return;
      if (entry.session !== undefined) entries.delete(name);
    }
  }

  function active(name: string, at: number): Entry | undefined {
    const entry = entries.get(name);
    if (entry === undefined || !expired(entry, at)) return entry;
    entries.delete(name);
    return undefined;
  }

  const view: MockSessionView = {
    get size() {
      return view.list().length;
    },
    list() {
      const at = now();
      return [...entries.values()].flatMap((entry) => (entry.session && !expired(entry, at) ? [entry.session] : []));
    },
    get: (id) => view.list().find((session) => session.session_identifier === id),
    findByIdempotencyKey: (key) => view.list().findLast((session) => session.idempotencyKey === key),
    get idempotencyEntries() {
      const at = now();
      let count = 0;
      for (const entry of entries.values())
        if (entry.inFlight || (entry.session?.idempotencyKey !== undefined && !expired(entry, at))) count++;
      return count;
    },
  };

  return {
    async claimKey(username, key, bodyDigest) {
      const at = now();
      const name = scope(username, key);
      const entry = active(name, at);
      if (entry?.session) return { state: 'committed', bodyDigest: entry.bodyDigest, session: entry.session };
      if (entry?.inFlight) return { state: 'in_flight', bodyDigest: entry.bodyDigest, settled: entry.inFlight.settled };
      makeRoom();
      let resolve!: (session: MockSession) => void;
      let reject!: (error: unknown) => void;
      const settled = new Promise<MockSession>((res, rej) => ((resolve = res), (reject = rej)));
      // Nobody may be waiting when a reservation is released; that must not be an unhandled rejection.
      settled.catch(() => undefined);
      entries.set(name, { bodyDigest, at, inFlight: { settled, resolve, reject } });
      return { state: 'reserved' } satisfies IdempotencyClaim;
    },
    async saveSession(session) {
      const key = session.idempotencyKey;
      const name = key === undefined ? `#${session.session_identifier}` : scope(session.username, key);
      const reserved = entries.get(name)?.inFlight;
      if (reserved === undefined) makeRoom();
      // Set in place: a reserved key keeps its place (and its window) from its claim.
      entries.set(name, { bodyDigest: session.bodyDigest, at: entries.get(name)?.at ?? session.createdAt, session });
      reserved?.resolve(session);
    },
    async releaseKey(username, key, error) {
      const name = scope(username, key);
      const reserved = entries.get(name)?.inFlight;
      if (reserved === undefined) return;
      entries.delete(name);
      reserved.reject(error);
    },
    view,
  };
}

// Length-prefixed, so that no username/key pair can collide with another (or with a keyless `#id`).
function scope(username: string, key: string): string {
  return `${username.length}:${username}${key}`;
}
