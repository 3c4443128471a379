import { describe, expect, test } from 'vitest';
import { specLimits } from '../spec/signing-config.js';
import { createMemoryStore, defaultMaxKeys, maxEntryBytes } from './create-memory-store.js';
import type { MockSession } from './mock-store.js';

const HOUR = 3_600_000;
const session = (id: string, key?: string, at = 0, username = 'u'): MockSession => ({
  session_identifier: id,
  participant_unique_id1: 'p1',
  participant_unique_id2: '',
  username,
  createdAt: at,
  bodyDigest: `digest-${id}`,
  ...(key === undefined ? {} : { idempotencyKey: key }),
});

/** A store on a clock the test moves. */
function storeAt(options: { windowMs?: number; maxKeys?: number } = {}) {
  const clock = { now: 0 };
  return { clock, store: createMemoryStore({ ...options, now: () => clock.now }) };
}

describe('createMemoryStore', () => {
  test('a claimed key is reserved once; later claims see it in flight, then committed', async () => {
    const { store } = storeAt();
    expect(await store.claimKey('u', 'k', 'digest-s1')).toEqual({ state: 'reserved' });
    const waiting = await store.claimKey('u', 'k', 'd2');
    expect(waiting).toMatchObject({ state: 'in_flight', bodyDigest: 'digest-s1' });
    await store.saveSession(session('s1', 'k'));
    await expect(waiting.state === 'in_flight' && waiting.settled).resolves.toMatchObject({ session_identifier: 's1' });
    expect(await store.claimKey('u', 'k', 'digest-s1')).toMatchObject({
      state: 'committed',
      bodyDigest: 'digest-s1',
      session: { session_identifier: 's1' },
    });
    expect(await store.claimKey('other-user', 'k', 'digest-s1')).toEqual({ state: 'reserved' });
    expect(store.view.idempotencyEntries).toBe(2);
  });

  test('releasing a reservation fails its waiters and frees the key', async () => {
    const { store } = storeAt();
    await store.claimKey('u', 'k', 'd');
    const waiting = await store.claimKey('u', 'k', 'd');
    await store.releaseKey('u', 'k', new Error('commit failed'));
    await expect(waiting.state === 'in_flight' && waiting.settled).rejects.toThrow('commit failed');
    expect(await store.claimKey('u', 'k', 'd')).toEqual({ state: 'reserved' });
  });

  test('the window runs from the first claim, for keys and keyless sessions alike', async () => {
    const { store, clock } = storeAt({ windowMs: 2 * HOUR });
    await store.claimKey('u', 'k', 'd');
    clock.now = HOUR;
    await store.saveSession(session('s1', 'k', HOUR));
    await store.saveSession(session('s2', undefined, HOUR));
    clock.now = 2 * HOUR - 1;
    expect((await store.claimKey('u', 'k', 'd')).state).toBe('committed');
    expect(store.view.list().map((s) => s.session_identifier)).toEqual(['s1', 's2']);
    clock.now = 2 * HOUR;
    expect(store.view.get('s1')).toBeUndefined();
    expect((await store.claimKey('u', 'k', 'd')).state).toBe('reserved');
    clock.now = 3 * HOUR;
    expect(store.view.size).toBe(0);
  });

  test('maxKeys bounds the sessions kept: the oldest committed go first, a key in flight never', async () => {
    const { store } = storeAt({ maxKeys: 3 });
    await store.claimKey('u', 'in-flight', 'd');
    for (let i = 0; i < 10; i++) {
      await store.claimKey('u', `key-${i}`, `digest-s${i}`);
      await store.saveSession(session(`s${i}`, `key-${i}`));
      expect(store.view.idempotencyEntries).toBeLessThanOrEqual(3);
    }
    expect(store.view.list().map((s) => s.session_identifier)).toEqual(['s8', 's9']);
    expect((await store.claimKey('u', 'in-flight', 'd')).state).toBe('in_flight');
    expect((await store.claimKey('u', 'key-0', 'digest-s0')).state).toBe('reserved');
  });

  test('the view finds sessions by id and by key, newest first', async () => {
    const { store } = storeAt();
    await store.saveSession(session('s1', 'shared', 0, 'alice'));
    await store.saveSession(session('s2', 'shared', 0, 'bob'));
    await store.saveSession(session('s3'));
    expect(store.view.get('s3')?.idempotencyKey).toBeUndefined();
    expect(store.view.findByIdempotencyKey('shared')?.session_identifier).toBe('s2');
    expect(store.view.findByIdempotencyKey('nope')).toBeUndefined();
    expect(store.view.size).toBe(3);
    expect(store.view.idempotencyEntries).toBe(2);
  });

  test('the default cap is the spec store budget over the per-entry bound', () => {
    expect(defaultMaxKeys).toBe(Math.floor(specLimits.mockStoreBytes / maxEntryBytes));
    // The whole 2 h window at Ingo's 5 requests per second fits.
    expect(defaultMaxKeys).toBeGreaterThan(2 * 3600 * specLimits.requestsPerSecond);
    expect(() => createMemoryStore({ maxKeys: 0 })).toThrow(/maxKeys must be a positive integer/);
  });
});
