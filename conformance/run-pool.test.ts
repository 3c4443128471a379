import { expect, test } from 'vitest';
import { runPool } from './run-pool.js';

test('runs every item, never more than `concurrency` at once, starting in order', async () => {
  let running = 0;
  let peak = 0;
  const started: number[] = [];
  // Each item waits until the test releases it: no timers, the order of events is the test's.
  const release = new Map<number, () => void>();
  const pool = runPool([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
    started.push(item);
    running++;
    peak = Math.max(peak, running);
    await new Promise<void>((resolve) => release.set(item, resolve));
    running--;
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  await settle();
  expect(started).toEqual([1, 2, 3]);
  // Finish the running items last-started first: each finish starts exactly the next item.
  for (const [finish, next] of [
    [3, 4],
    [2, 5],
    [4, 6],
    [1, 7],
  ] as const) {
    release.get(finish)!();
    await settle();
    expect(started.at(-1)).toBe(next);
    expect(running).toBe(3);
  }
  for (const item of [5, 6, 7]) release.get(item)!();
  await pool;
  expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
  expect(peak).toBe(3);
});

test('an empty list finishes at once; a bad concurrency is refused', async () => {
  await runPool([], 2, () => Promise.reject(new Error('never called')));
  await expect(runPool([1], 0, async () => {})).rejects.toThrow('concurrency must be a positive integer, not 0');
});
