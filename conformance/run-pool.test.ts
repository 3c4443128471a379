import { expect, test } from 'vitest';
import { runPool } from './run-pool.js';

test('runs every item, never more than `concurrency` at once, starting in order', async () => {
  let running = 0;
  let peak = 0;
  const started: number[] = [];
  await runPool([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
    started.push(item);
    running++;
    peak = Math.max(peak, running);
    await new Promise((resolve) => setTimeout(resolve, 8 - item));
    running--;
  });
  expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
  expect(peak).toBe(3);
});

test('an empty list finishes at once; a bad concurrency is refused', async () => {
  await runPool([], 2, () => Promise.reject(new Error('never called')));
  await expect(runPool([1], 0, async () => {})).rejects.toThrow('concurrency must be a positive integer, not 0');
});
