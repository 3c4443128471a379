import { describe, expect, test } from 'vitest';
import { BoundedStore } from './bounded-store.js';

describe('BoundedStore', () => {
  test('entries expire ttlMs after they were set', () => {
    const store = new BoundedStore<string, number>({ maxEntries: 10, ttlMs: 1000 });
    store.set('a', 1, 0);
    expect(store.get('a', 999)).toBe(1);
    expect(store.get('a', 1000)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  test('setting prunes expired entries and evicts the oldest beyond the cap', () => {
    const store = new BoundedStore<string, number>({ maxEntries: 3, ttlMs: 1000 });
    store.set('old', 0, 0);
    store.set('b', 1, 500);
    store.set('c', 2, 1200);
    expect(store.size).toBe(2);
    store.set('d', 3, 1300);
    store.set('e', 4, 1400);
    expect([...store.values()]).toEqual([2, 3, 4]);
    expect(store.get('b', 1400)).toBeUndefined();
  });

  test('re-setting a key makes it the newest', () => {
    const store = new BoundedStore<string, number>({ maxEntries: 2 });
    store.set('a', 1, 0);
    store.set('b', 2, 1);
    store.set('a', 3, 2);
    store.set('c', 4, 3);
    expect([...store.values()]).toEqual([3, 4]);
  });

  test('memory stays at the cap under many inserts', () => {
    const store = new BoundedStore<number, number>({ maxEntries: 100 });
    for (let i = 0; i < 10_000; i++) store.set(i, i, i);
    expect(store.size).toBe(100);
    expect(store.get(9_999, 10_000)).toBe(9_999);
    expect(store.get(0, 10_000)).toBeUndefined();
  });

  test('the oldest are evicted once the estimated bytes exceed maxBytes', () => {
    const store = new BoundedStore<string, string>({ maxBytes: 100, sizeOf: (value) => value.length });
    store.set('a', 'x'.repeat(40), 0);
    store.set('b', 'x'.repeat(40), 1);
    expect(store.bytes).toBe(80);
    store.set('c', 'x'.repeat(40), 2);
    expect([...store.values()].map((v) => v.length)).toEqual([40, 40]);
    expect(store.get('a', 2)).toBeUndefined();
    expect(store.bytes).toBe(80);
    store.set('b', 'x', 3);
    expect(store.bytes).toBe(41);
    store.delete('c');
    expect(store.bytes).toBe(1);
  });

  test('bytes stay at the cap under many inserts of varied sizes', () => {
    const store = new BoundedStore<number, number>({ maxBytes: 10_000, sizeOf: (value) => 1 + (value % 97) });
    for (let i = 0; i < 20_000; i++) {
      store.set(i, i, i);
      expect(store.bytes).toBeLessThanOrEqual(10_000);
    }
    expect(store.bytes).toBe([...store.values()].reduce((sum, value) => sum + 1 + (value % 97), 0));
  });

  test('rejects nonsense limits', () => {
    expect(() => new BoundedStore({ maxBytes: -1 })).toThrow(/maxBytes/);
    expect(() => new BoundedStore({ maxEntries: 0 })).toThrow(/maxEntries/);
    expect(() => new BoundedStore({ maxEntries: 1, ttlMs: 0 })).toThrow(/ttlMs/);
  });
});

describe('BoundedStore at scale', () => {
  test('a full store stays correct through many evictions, deletions and re-sets', () => {
    const store = new BoundedStore<number, number>({ maxEntries: 1000, ttlMs: 50_000 });
    for (let i = 0; i < 60_000; i++) {
      store.set(i, i, i);
      if (i % 3 === 0) store.delete(i - 500);
      if (i % 7 === 0) store.set(i - 10, -i, i);
    }
    expect(store.size).toBeLessThanOrEqual(1000);
    const values = [...store.values()];
    expect(values).toHaveLength(store.size);
    expect(store.get(59_999, 60_000)).toBe(59_999);
    expect(store.get(1000, 60_000)).toBeUndefined();
  });

  test('set-then-delete cycles below the cap leave the store empty and usable', () => {
    const store = new BoundedStore<number, number>({ maxEntries: 1_000_000 });
    for (let i = 0; i < 50_000; i++) {
      store.set(i, i, i);
      store.delete(i);
    }
    expect(store.size).toBe(0);
    store.set(1, 1, 1);
    expect([...store.values()]).toEqual([1]);
  });
});
