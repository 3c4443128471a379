import { describe, expect, test } from 'vitest';
import { createMemoryStore } from './create-memory-store.js';
import type { MockSession } from './mock-store.js';

const HOUR = 3_600_000;
const session = (id: string, key?: string, username = 'u', at = 0): MockSession => ({
  session_identifier: id,
  participant_unique_id1: 'p1',
  participant_unique_id2: '',
  username,
  createdAt: at,
  bodyDigest: `digest-${id}`,
  ...(key === undefined ? {} : { idempotencyKey: key }),
});

describe('createMemoryStore', () => {
  test('a claimed key is reserved once; later claims see it in flight, then committed', async () => {
    const store = createMemoryStore({ windowMs: 2 * HOUR, maxBytes: 1 << 20 });
    expect(store.claimKey('u', 'k', 'd1', 0)).toEqual({ state: 'reserved' });
    const waiting = store.claimKey('u', 'k', 'd2', 1);
    expect(waiting).toMatchObject({ state: 'in_flight', bodyDigest: 'd1' });
    store.saveSession({ ...session('s1', 'k'), bodyDigest: 'd1' });
    await expect(waiting.state === 'in_flight' && waiting.settled).resolves.toMatchObject({ session_identifier: 's1' });
    expect(store.claimKey('u', 'k', 'd1', 2)).toMatchObject({
      state: 'committed',
      bodyDigest: 'd1',
      session: { session_identifier: 's1' },
    });
    expect(store.claimKey('other-user', 'k', 'd1', 2)).toEqual({ state: 'reserved' });
  });

  test('releasing a reservation fails its waiters and frees the key', async () => {
    const store = createMemoryStore({ windowMs: HOUR, maxBytes: 1 << 20 });
    store.claimKey('u', 'k', 'd', 0);
    const waiting = store.claimKey('u', 'k', 'd', 0);
    store.releaseKey('u', 'k', new Error('commit failed'));
    await expect(waiting.state === 'in_flight' && waiting.settled).rejects.toThrow('commit failed');
    expect(store.claimKey('u', 'k', 'd', 0)).toEqual({ state: 'reserved' });
  });

  test('the window runs from the first claim', () => {
    const store = createMemoryStore({ windowMs: 2 * HOUR, maxBytes: 1 << 20 });
    store.claimKey('u', 'k', 'd', 0);
    store.saveSession(session('s1', 'k', 'u', HOUR));
    expect(store.claimKey('u', 'k', 'd', 2 * HOUR - 1).state).toBe('committed');
    expect(store.claimKey('u', 'k', 'd', 2 * HOUR).state).toBe('reserved');
  });

  test('estimated bytes stay under maxBytes however many sessions are saved; the oldest go first', () => {
    const maxBytes = 400_000;
    const store = createMemoryStore({ windowMs: 2 * HOUR, maxBytes });
    for (let i = 0; i < 5_000; i++) {
      store.claimKey('u', `key-${i}`, `digest-${i}`, i);
      store.saveSession(session(`s-${i}`, `key-${i}`, 'u', i));
      expect(store.stats(i).bytes).toBeLessThanOrEqual(maxBytes);
    }
    const { sessions, idempotencyKeys } = store.stats(5_000);
    expect(sessions).toBeGreaterThan(50);
    expect(idempotencyKeys).toBeGreaterThan(50);
    expect(store.getSession('s-4999', 5_000)).toBeDefined();
    expect(store.getSession('s-0', 5_000)).toBeUndefined();
    expect(store.claimKey('u', 'key-0', 'digest-0', 5_000).state).toBe('reserved');
  });

  test('a key whose first request is in flight is never evicted, whatever traffic follows', async () => {
    const store = createMemoryStore({ windowMs: HOUR, maxBytes: 20_000 });
    store.claimKey('u', 'slow', 'd-slow', 0);
    for (let i = 0; i < 2_000; i++) {
      store.claimKey('u', `key-${i}`, `d-${i}`, 0);
      store.saveSession(session(`s-${i}`, `key-${i}`));
    }
    // Nor does it expire while in flight: the window starts counting once it commits.
    const waiting = store.claimKey('u', 'slow', 'other-digest', 3 * HOUR);
    expect(waiting).toMatchObject({ state: 'in_flight', bodyDigest: 'd-slow' });
    store.saveSession({ ...session('s-slow', 'slow'), bodyDigest: 'd-slow' });
    await expect(waiting.state === 'in_flight' && waiting.settled).resolves.toMatchObject({
      session_identifier: 's-slow',
    });
    expect(store.stats(0).inFlightKeys).toBe(0);
  });

  test('count caps apply on top of the byte bound', () => {
    const store = createMemoryStore({ windowMs: HOUR, maxBytes: 1 << 30, maxKeys: 3, maxSessions: 2 });
    for (let i = 0; i < 10; i++) {
      store.claimKey('u', `k${i}`, 'd', i);
      store.saveSession(session(`s${i}`, `k${i}`, 'u', i));
    }
    expect(store.stats(10)).toMatchObject({ sessions: 2, idempotencyKeys: 3, inFlightKeys: 0 });
    expect(store.listSessions(10).map((s) => s.session_identifier)).toEqual(['s8', 's9']);
    expect(store.findSessionByKey('k9', 10)?.session_identifier).toBe('s9');
    expect(store.findSessionByKey('k0', 10)).toBeUndefined();
  });
});

describe('a custom store behind startMock', () => {
  test('is used for sessions and keys, answers with promises, and is closed with the mock', async () => {
    const { startMock } = await import('./start-mock.js');
    const { FIXED_NOW, minimalBody, signedInit, endpointUrl } = await import('../../test-support/mock-test-kit.js');
    const inner = createMemoryStore({ windowMs: HOUR, maxBytes: 1 << 20 });
    const calls: string[] = [];
    let closed = false;
    // Every method answers asynchronously, as an out-of-process store would.
    const store = {
      claimKey: async (...args: Parameters<typeof inner.claimKey>) => (calls.push('claimKey'), inner.claimKey(...args)),
      saveSession: async (session: MockSession) => (calls.push('saveSession'), inner.saveSession(session)),
      releaseKey: async (...args: Parameters<typeof inner.releaseKey>) => inner.releaseKey(...args),
      getSession: async (...args: Parameters<typeof inner.getSession>) => inner.getSession(...args),
      listSessions: async (now: number) => inner.listSessions(now),
      findSessionByKey: async (...args: Parameters<typeof inner.findSessionByKey>) => inner.findSessionByKey(...args),
      stats: async (now: number) => inner.stats(now),
      close: async () => void (closed = true),
    };
    const mock = await startMock({ now: () => FIXED_NOW, store });
    const send = async () =>
      (await (
        await fetch(endpointUrl(mock.url), signedInit(minimalBody, { headers: { 'Idempotency-Key': 'k' } }))
      ).json()) as { status: number };
    expect((await send()).status).toBe(100);
    expect((await send()).status).toBe(101);
    expect(calls).toEqual(['claimKey', 'saveSession', 'claimKey']);
    expect(inner.stats(FIXED_NOW)).toMatchObject({ sessions: 1, idempotencyKeys: 1 });
    expect(() => mock.sessions.size).toThrow(/needs a store that answers synchronously/);
    await mock.close();
    expect(closed).toBe(true);
  });
});
