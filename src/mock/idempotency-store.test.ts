import { describe, expect, test } from 'vitest';
import { IdempotencyStore } from './idempotency-store.js';
import type { MockSession } from './mock-options.js';

const session = (id: string, key: string): MockSession => ({
  session_identifier: id,
  participant_unique_id1: 'p',
  participant_unique_id2: '',
  idempotencyKey: key,
  createdAt: 0,
  body: {},
  username: 'u',
});

describe('IdempotencyStore', () => {
  test('a reserved key is in flight until committed, and waiters get the committed session', async () => {
    const store = new IdempotencyStore({ windowMs: 1000, maxEntries: 10 });
    const reservation = store.reserve('u', 'k', { a: 1 }, 0);
    const entry = store.find('u', 'k', 0)!;
    expect(entry.session).toBeUndefined();
    expect(store.findSession('k', 0)).toBeUndefined();
    reservation.commit(session('s1', 'k'));
    await expect(entry.committed).resolves.toMatchObject({ session_identifier: 's1' });
    expect(store.findSession('k', 0)?.session_identifier).toBe('s1');
  });

  test('an abandoned reservation forgets the key and fails its waiters', async () => {
    const store = new IdempotencyStore({ windowMs: 1000, maxEntries: 10 });
    const reservation = store.reserve('u', 'k', {}, 0);
    const waiting = store.find('u', 'k', 0)!.committed;
    reservation.abandon(new Error('boom'));
    await expect(waiting).rejects.toThrow('boom');
    expect(store.find('u', 'k', 0)).toBeUndefined();
  });

  test('abandoning without waiters is not an unhandled rejection', async () => {
    const store = new IdempotencyStore({ windowMs: 1000, maxEntries: 10 });
    store.reserve('u', 'k', {}, 0).abandon(new Error('nobody listens'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.count(0)).toBe(0);
  });

  test('keys are scoped by username without collisions', () => {
    const store = new IdempotencyStore({ windowMs: 1000, maxEntries: 10 });
    store.reserve('ab', 'c', {}, 0);
    expect(store.find('a', 'bc', 0)).toBeUndefined();
    expect(store.find('ab', 'c', 0)).toBeDefined();
  });

  test('entries expire after the window and count only active keys', () => {
    const store = new IdempotencyStore({ windowMs: 1000, maxEntries: 10 });
    store.reserve('u', 'a', {}, 0);
    store.reserve('u', 'b', {}, 500);
    expect(store.count(999)).toBe(2);
    expect(store.count(1000)).toBe(1);
    expect(store.find('u', 'a', 1000)).toBeUndefined();
  });
});
