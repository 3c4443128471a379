import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ConfigurationError } from '../errors/configuration-error.js';
import { ENTRY_OVERHEAD, keyBytes, sessionBytes } from '../mock/create-memory-store.js';
import type { IdempotencyClaim, MockSession, MockStore, MockStoreStats } from '../mock/mock-store.js';
import { signingConfig, specLimits } from '../spec/signing-config.js';
import { connectRedis, type RedisTarget } from './connect-redis.js';
import { createLeaseRenewal } from './create-lease-renewal.js';
import { createLeftoverReservations } from './create-leftover-reservations.js';
import { evalScript } from './eval-script.js';
import { claimKeyScript, releaseKeyScript, renewScript, saveSessionScript, statsScript } from './mock-store-scripts.js';

/** Options of createRedisMockStore: where Redis is, and the same limits as the in-memory store. */
export interface RedisMockStoreOptions extends RedisTarget {
  /** Prefix of every Redis key; mocks that share it share sessions and keys. `ingo-session:mock:` by default. */
  prefix?: string;
  /** How long a key stays active after its first request claimed it (ms); the spec's 2 h by default. */
  windowMs?: number;
  /** Estimated bytes kept, half for keys and half for sessions; the spec's `mockStoreBytes` by default. */
  maxBytes?: number;
  /** Optional extra cap on the number of keys remembered. */
  maxKeys?: number;
  /** Optional extra cap on the number of sessions kept. */
  maxSessions?: number;
  /** How often a duplicate polls for a key another mock process has in flight; 10 ms by default. */
  pollMs?: number;
  /** How long a duplicate waits for another process's request before failing; 60 s by default. */
  maxWaitMs?: number;
  /**
   * How long a reservation (a key whose first request is in flight) outlives the process holding
   * it, in ms; 30 s by default. The holder renews it every third of this while the request runs,
   * so a slow request keeps its key; a mock process that dies mid-request (killed, crashed, cut
   * off from Redis) stops renewing, and its keys are free again after at most this long instead of
   * staying in flight, answering every retry with a wait, until the window ends.
   */
  leaseMs?: number;
}

/** A MockStore in Redis; `close()` quits the connection it opened. */
export type RedisMockStore = MockStore & {
  close(): Promise<void>;
  /** Claims that found their key in flight in another process, and so waited for its session there. */
  readonly remoteWaits: number;
};

/**
 * A MockStore that several mock processes share through one Redis: a retry that lands on another
 * instance replays the session, and a duplicate of a request still in flight on another instance
 * waits for its session (it polls the key) instead of creating a second one. Each step is one Lua
 * script, so claims are atomic across processes. Bounded like the in-memory store: the same byte
 * estimates and caps (oldest committed evicted first, in-flight keys never), and each key's Redis
 * TTL is the idempotency window once committed. A reservation lives for a lease that the process
 * holding it renews while its request runs (`leaseMs`): a process that dies mid-request frees its
 * keys within the lease. A reservation that a Redis failure left behind mid-request is taken over
 * by this process's next claim of its key and released once Redis answers again (see
 * create-leftover-reservations.ts), so that a retry is not kept waiting for a request that is
 * gone. Resolves once connected.
 */
export async function createRedisMockStore({
  prefix = 'ingo-session:mock:',
  windowMs = signingConfig.idempotency.windowSeconds * 1000,
  maxBytes = specLimits.mockStoreBytes,
  maxKeys = 0,
  maxSessions = 0,
  pollMs = 10,
  maxWaitMs = 60_000,
  leaseMs = 30_000,
  ...target
}: RedisMockStoreOptions): Promise<RedisMockStore> {
  const what = 'createRedisMockStore';
  for (const [name, value] of Object.entries({ windowMs, maxBytes, pollMs, maxWaitMs, leaseMs })) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
      throw new ConfigurationError(`${what}: \`${name}\` must be a finite number > 0, got ${value}`);
  }
  for (const [name, value] of Object.entries({ maxKeys, maxSessions })) {
    if (!Number.isInteger(value) || value < 0)
      throw new ConfigurationError(`${what}: \`${name}\` must be a whole number >= 0 (0: no cap), got ${value}`);
  }
  if (typeof prefix !== 'string' || prefix === '')
    throw new ConfigurationError(`${what}: \`prefix\` must be a non-empty string`);
  const connection = await connectRedis(what, target);
  const client: Redis = connection.client;
  const half = Math.max(1, Math.floor(maxBytes / 2));
  // Reservations made here, with their owner tokens: their waiters here settle at once, not by polling.
  const local = new Map<
    string,
    { owner: string; settled: Promise<MockSession>; resolve(session: MockSession): void; reject(error: unknown): void }
  >();
  const remote = new Map<string, Promise<MockSession>>();
  let closed = false;
  let remoteWaits = 0;

  const run = (script: typeof claimKeyScript, ...args: (string | number)[]) =>
    evalScript(client, script, [], [prefix, ...args]);
  const leftovers = createLeftoverReservations((scoped, owner) => run(releaseKeyScript, scoped, owner));
  // Every reservation held here is renewed by one timer (see create-lease-renewal.ts).
  const renewal = createLeaseRenewal(leaseMs, () => {
    const pairs = [...local].flatMap(([scoped, { owner }]) => [scoped, owner]);
    if (pairs.length > 0) run(renewScript, leaseMs, ...pairs).catch(() => undefined);
  });

  function reserveHere(scoped: string, owner: string): void {
    let resolve!: (session: MockSession) => void;
    let reject!: (error: unknown) => void;
    const settled = new Promise<MockSession>((res, rej) => ((resolve = res), (reject = rej)));
    settled.catch(() => undefined);
    local.set(scoped, { owner, settled, resolve, reject });
    renewal.holding(local.size);
  }

  function forgetHere(scoped: string): void {
    local.delete(scoped);
    renewal.holding(local.size);
  }

  /** Waits for a key in flight in another process: its session once committed; an error if it was released. */
  function awaitRemote(scoped: string): Promise<MockSession> {
    const existing = remote.get(scoped);
    if (existing) return existing;
    const waiting = (async () => {
      const deadline = performance.now() + maxWaitMs;
      while (!closed && performance.now() < deadline) {
        const [state, session] = (await client.hmget(`${prefix}k:${scoped}`, 'state', 'session')) as [
          string | null,
          string | null,
        ];
        if (state === 'committed' && session) return JSON.parse(session) as MockSession;
        if (state !== 'in_flight')
          throw new Error(
            'the first request with this Idempotency-Key failed before committing (in another mock process)',
          );
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
      throw new Error(
        closed
          ? 'the mock store was closed'
          : `the first request with this Idempotency-Key did not commit within ${maxWaitMs} ms (in another mock process)`,
      );
    })().finally(() => remote.delete(scoped));
    waiting.catch(() => undefined);
    remote.set(scoped, waiting);
    return waiting;
  }

  const parseSession = (json: string | null | undefined) => (json ? (JSON.parse(json) as MockSession) : undefined);

  return {
    async claimKey(username, key, bodyDigest, now): Promise<IdempotencyClaim> {
      const scoped = scope(username, key);
      const owner = randomUUID();
      const stale = leftovers.staleOwner(scoped);
      let reply: string[];
      try {
        reply = (await run(
          claimKeyScript,
          scoped,
          bodyDigest,
          now,
          windowMs,
          ENTRY_OVERHEAD + 2 * (scoped.length + bodyDigest.length),
          owner,
          stale,
          leaseMs,
        )) as string[];
      } catch (error) {
        // The script may have run with its answer lost: this claim may hold the key.
        leftovers.remember(scoped, owner);
        throw error;
      }
      leftovers.claimed(scoped, stale);
      leftovers.releaseInBackground();
      const [state, digest = '', session] = reply;
      if (state === 'reserved') {
        reserveHere(scoped, owner);
        return { state: 'reserved' };
      }
      if (state === 'committed') return { state: 'committed', bodyDigest: digest, session: parseSession(session)! };
      const here = local.get(scoped);
      if (here === undefined) remoteWaits += 1;
      return { state: 'in_flight', bodyDigest: digest, settled: here?.settled ?? awaitRemote(scoped) };
    },
    async saveSession(session) {
      const json = JSON.stringify(session);
      const key = session.idempotencyKey;
      const scoped = key === undefined ? '' : scope(session.username, key);
      const entryBytes = key === undefined ? 0 : keyBytes({ scoped, bodyDigest: session.bodyDigest, session });
      const here = key === undefined ? undefined : local.get(scoped);
      const saved = await run(
        saveSessionScript,
        json,
        session.session_identifier,
        sessionBytes(session),
        half,
        maxSessions,
        scoped,
        key ?? '',
        entryBytes,
        session.bodyDigest,
        session.createdAt,
        windowMs,
        half,
        maxKeys,
        here?.owner ?? '',
      );
      if (key === undefined) return;
      if (saved === -1) {
        // Nothing was saved: the mock answers that the store failed, and a retry replays the other claim's session.
        const lapsed = new Error(
          `the reservation of this Idempotency-Key lapsed (its lease of ${leaseMs} ms was not renewed) and another request holds the key now`,
        );
        here?.reject(lapsed);
        forgetHere(scoped);
        throw lapsed;
      }
      here?.resolve(session);
      forgetHere(scoped);
    },
    async releaseKey(username, key, error) {
      const scoped = scope(username, key);
      const owner = local.get(scoped)?.owner;
      try {
        if (owner !== undefined) await run(releaseKeyScript, scoped, owner);
      } catch (failure) {
        leftovers.remember(scoped, owner!);
        throw failure;
      } finally {
        local.get(scoped)?.reject(error);
        forgetHere(scoped);
      }
    },
    getSession: async (sessionIdentifier) => parseSession(await client.get(`${prefix}s:${sessionIdentifier}`)),
    async listSessions() {
      const ids = await client.zrange(`${prefix}sessions`, '0', '-1');
      const found: MockSession[] = [];
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = await client.mget(ids.slice(i, i + 500).map((id) => `${prefix}s:${id}`));
        for (const json of chunk) if (json) found.push(JSON.parse(json) as MockSession);
      }
      return found;
    },
    async findSessionByKey(key, now) {
      const scoped = await client.get(`${prefix}bykey:${key}`);
      if (scoped === null) return undefined;
      const [state, at, session] = (await client.hmget(`${prefix}k:${scoped}`, 'state', 'at', 'session')) as (
        string | null
      )[];
      return state === 'committed' && now - Number(at) < windowMs ? parseSession(session) : undefined;
    },
    async stats(now): Promise<MockStoreStats> {
      const [sessions, idempotencyKeys, inFlightKeys, bytes] = (await run(
        statsScript,
        now,
        windowMs,
        half,
        maxKeys,
      )) as number[];
      return {
        sessions: sessions!,
        idempotencyKeys: idempotencyKeys! + inFlightKeys!,
        inFlightKeys: inFlightKeys!,
        bytes: bytes!,
      };
    },
    async close() {
      closed = true;
      renewal.stop();
      await connection.close();
    },
    get remoteWaits() {
      return remoteWaits;
    },
  };
}

// Length-prefixed, as in the in-memory store, so that no username/key pair collides with another.
function scope(username: string, key: string): string {
  return `${username.length}:${username}${key}`;
}
