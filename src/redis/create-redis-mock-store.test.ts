import { describe, expect, test } from 'vitest';
import { createSessionClient } from '../client/create-session-client.js';
import { minimalBody } from '../../test-support/fake-ingo.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { createMemoryStore } from '../mock/create-memory-store.js';
import type { MockSession } from '../mock/mock-store.js';
import { startMock } from '../mock/start-mock.js';
import { createRedisMockStore } from './create-redis-mock-store.js';
import { useRedisServer } from '../../test-support/use-redis-server.js';
import { useSharedStores } from '../../test-support/use-shared-stores.js';

const server = useRedisServer();
const HOUR = 3_600_000;
/** Stores on the test Redis; the ones made by one call share a prefix (like mock processes sharing Redis). */
const sharedStores = useSharedStores(server, 'test', { windowMs: 2 * HOUR, maxBytes: 1 << 20 });
const session = (id: string, key?: string, username = 'u', at = 0): MockSession => ({
  session_identifier: id,
  participant_unique_id1: 'p1',
  participant_unique_id2: '',
  username,
  createdAt: at,
  bodyDigest: `digest-${id}`,
  ...(key === undefined ? {} : { idempotencyKey: key }),
});

describe('createRedisMockStore keeps the MockStore contract', () => {
  test('a claimed key is reserved once; later claims see it in flight, then committed; usernames scope keys', async () => {
    const [store] = await sharedStores(1);
    expect(await store!.claimKey('u', 'k', 'd1', 0)).toEqual({ state: 'reserved' });
    const waiting = await store!.claimKey('u', 'k', 'd2', 1);
    expect(waiting).toMatchObject({ state: 'in_flight', bodyDigest: 'd1' });
    await store!.saveSession({ ...session('s1', 'k'), bodyDigest: 'd1' });
    await expect(waiting.state === 'in_flight' && waiting.settled).resolves.toMatchObject({ session_identifier: 's1' });
    expect(await store!.claimKey('u', 'k', 'd1', 2)).toMatchObject({
      state: 'committed',
      bodyDigest: 'd1',
      session: { session_identifier: 's1' },
    });
    expect(await store!.claimKey('other-user', 'k', 'd1', 2)).toEqual({ state: 'reserved' });
  });

  test('releasing a reservation fails its waiters and frees the key', async () => {
    const [store] = await sharedStores(1);
    await store!.claimKey('u', 'k', 'd', 0);
    const waiting = await store!.claimKey('u', 'k', 'd', 0);
    await store!.releaseKey('u', 'k', new Error('commit failed'));
    await expect(waiting.state === 'in_flight' && waiting.settled).rejects.toThrow('commit failed');
    expect(await store!.claimKey('u', 'k', 'd', 0)).toEqual({ state: 'reserved' });
  });

  test('the window runs from the first claim, on the mock clock', async () => {
    const [store] = await sharedStores(1);
    await store!.claimKey('u', 'k', 'd', 0);
    await store!.saveSession(session('s1', 'k', 'u', HOUR));
    expect((await store!.claimKey('u', 'k', 'd', 2 * HOUR - 1)).state).toBe('committed');
    expect((await store!.claimKey('u', 'k', 'd', 2 * HOUR)).state).toBe('reserved');
  });

  test("the key's Redis TTL is the window: Redis itself forgets it", async () => {
    // A window long enough for the next call to land inside it on a loaded machine.
    const [store] = await sharedStores(1, { windowMs: 1_000 });
    const now = Date.now();
    await store!.claimKey('u', 'k', 'd', now);
    const saved = performance.now();
    await store!.saveSession(session('s1', 'k', 'u', now));
    expect((await store!.claimKey('u', 'k', 'd', now)).state).toBe('committed');
    // Watched without claiming; the mock clock still says `now`: only Redis's TTL can remove it.
    while ((await store!.findSessionByKey('k', now)) !== undefined && performance.now() - saved < 5_000)
      await new Promise((resolve) => setTimeout(resolve, 50));
    // Not before the window (which the save started) has passed.
    expect(performance.now() - saved).toBeGreaterThan(990);
    expect((await store!.claimKey('u', 'k', 'd', now)).state).toBe('reserved');
  });

  test('the same byte bound as the in-memory store, with the same eviction (oldest first), for the same traffic', async () => {
    const maxBytes = 200_000;
    const [store] = await sharedStores(1, { maxBytes });
    const memory = createMemoryStore({ windowMs: 2 * HOUR, maxBytes });
    for (let i = 0; i < 1_500; i++) {
      for (const s of [store!, memory]) {
        await s.claimKey('u', `key-${i}`, `digest-${i}`, i);
        await s.saveSession(session(`s-${i}`, `key-${i}`, 'u', i));
      }
      if (i % 100 === 0) expect((await store!.stats(i)).bytes).toBeLessThanOrEqual(maxBytes);
    }
    expect(await store!.stats(1_500)).toEqual(memory.stats(1_500));
    expect(await store!.getSession('s-1499', 1_500)).toBeDefined();
    expect(await store!.getSession('s-0', 1_500)).toBeUndefined();
    expect((await store!.listSessions(1_500)).map((s) => s.session_identifier)).toEqual(
      memory.listSessions(1_500).map((s) => s.session_identifier),
    );
    expect((await store!.claimKey('u', 'key-0', 'digest-0', 1_500)).state).toBe('reserved');
  });

  test('a key whose first request is in flight is never evicted, whatever traffic follows', async () => {
    const [store] = await sharedStores(1, { windowMs: HOUR, maxBytes: 20_000 });
    await store!.claimKey('u', 'slow', 'd-slow', 0);
    for (let i = 0; i < 300; i++) {
      await store!.claimKey('u', `key-${i}`, `d-${i}`, 0);
      await store!.saveSession(session(`s-${i}`, `key-${i}`));
    }
    const waiting = await store!.claimKey('u', 'slow', 'other-digest', 3 * HOUR);
    expect(waiting).toMatchObject({ state: 'in_flight', bodyDigest: 'd-slow' });
    await store!.saveSession({ ...session('s-slow', 'slow'), bodyDigest: 'd-slow' });
    await expect(waiting.state === 'in_flight' && waiting.settled).resolves.toMatchObject({
      session_identifier: 's-slow',
    });
    expect((await store!.stats(0)).inFlightKeys).toBe(0);
  });

  test('count caps apply on top of the byte bound', async () => {
    const [store] = await sharedStores(1, { maxBytes: 1 << 30, maxKeys: 3, maxSessions: 2 });
    for (let i = 0; i < 10; i++) {
      await store!.claimKey('u', `k${i}`, 'd', i);
      await store!.saveSession(session(`s${i}`, `k${i}`, 'u', i));
    }
    expect(await store!.stats(10)).toMatchObject({ sessions: 2, idempotencyKeys: 3, inFlightKeys: 0 });
    expect((await store!.listSessions(10)).map((s) => s.session_identifier)).toEqual(['s8', 's9']);
    expect((await store!.findSessionByKey('k9', 10))?.session_identifier).toBe('s9');
    expect(await store!.findSessionByKey('k0', 10)).toBeUndefined();
  });

  test('options are checked', async () => {
    await expect(createRedisMockStore({ url: server.current.url, maxBytes: 0 })).rejects.toThrow(ConfigurationError);
    await expect(createRedisMockStore({ url: server.current.url, maxKeys: 1.5 })).rejects.toThrow(/`maxKeys`/);
    await expect(createRedisMockStore({ url: 'mongodb://x' })).rejects.toThrow(/redis:\/\//);
  });
});

describe('stores sharing one Redis act as one', () => {
  test('of concurrent claims of one key from several stores exactly one is reserved; the others wait for its session', async () => {
    const stores = await sharedStores(4);
    const claims = await Promise.all(stores.map((store) => store.claimKey('u', 'k', 'd', 0)));
    const reserved = claims.filter((claim) => claim.state === 'reserved');
    expect(reserved).toHaveLength(1);
    const owner = stores[claims.findIndex((claim) => claim.state === 'reserved')]!;
    await owner.saveSession({ ...session('s1', 'k'), bodyDigest: 'd' });
    const waited = await Promise.all(claims.flatMap((claim) => (claim.state === 'in_flight' ? [claim.settled] : [])));
    expect(waited.map((s) => s.session_identifier)).toEqual(['s1', 's1', 's1']);
    expect(stores.reduce((sum, store) => sum + store.remoteWaits, 0)).toBe(3);
  });

  test('a release in one store fails the waiters in another', async () => {
    const [first, second] = await sharedStores(2);
    await first!.claimKey('u', 'k', 'd', 0);
    const waiting = await second!.claimKey('u', 'k', 'd', 0);
    await first!.releaseKey('u', 'k', new Error('commit failed'));
    await expect(waiting.state === 'in_flight' && waiting.settled).rejects.toThrow(/failed before committing/);
  });

  test('two mocks on one Redis: a retry that lands on the other mock replays the session, and a duplicate in flight there waits for it', async () => {
    const [storeA, storeB] = await sharedStores(2);
    const credentials = { username: 'u', secret: 's-Zq8vX3' };
    // Latency holds the first request's key in flight long enough for the duplicate to find it.
    const [a, b] = await Promise.all(
      [storeA, storeB].map((store) => startMock({ credentials, store, faults: { latencyMs: 150 } })),
    );
    try {
      const clientA = createSessionClient({ ...credentials, baseUrl: a!.url, rateLimit: false });
      const clientB = createSessionClient({ ...credentials, baseUrl: b!.url, rateLimit: false });
      const [first, duplicate] = await Promise.all([
        clientA.createSession(minimalBody, { idempotencyKey: 'key-1' }),
        clientB.createSession(minimalBody, { idempotencyKey: 'key-1' }),
      ]);
      expect(first.data?.status).toBe(100);
      expect(duplicate.data?.status).toBe(101);
      expect(duplicate.data?.data.session_identifier).toBe(first.data?.data.session_identifier);
      const retry = await clientB.createSession(minimalBody, { idempotencyKey: 'key-1' });
      expect(retry.data?.data.session_identifier).toBe(first.data?.data.session_identifier);
      const conflict = await clientB.createSession(
        { ...minimalBody, participant_unique_id1: 'another' },
        { idempotencyKey: 'key-1' },
      );
      expect(conflict.error?.name).toBe('IdempotencyConflictError');
      expect(await storeA!.listSessions(Date.now())).toHaveLength(1);
    } finally {
      await Promise.all([a!.close(), b!.close()]);
    }
  });

  // Stops and restarts the file's Redis: the last test of the file.
  test('Redis stopped mid-run: requests that need the store get a 503 envelope, the mock lives on, and serves again once Redis is back', async () => {
    const [store] = await sharedStores(1);
    const credentials = { username: 'u', secret: 's-Zq8vX3' };
    const mock = await startMock({ credentials, store });
    const client = createSessionClient({ ...credentials, baseUrl: mock.url, rateLimit: false, retries: 0 });
    try {
      expect((await client.createSession(minimalBody, { idempotencyKey: 'before' })).data?.status).toBe(100);
      await server.current.stop();
      try {
        const during = await client.createSession(minimalBody, { idempotencyKey: 'during' });
        expect(during.error).toMatchObject({ httpStatus: 503, status: 503 });
      } finally {
        await server.current.start();
      }
      let after;
      for (let i = 0; i < 100; i++) {
        after = await client.createSession(minimalBody, { idempotencyKey: 'after' });
        if (after.data) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(after?.data?.status).toBe(100);
    } finally {
      await mock.close();
    }
  });
});
