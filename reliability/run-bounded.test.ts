import { describe, expect, test } from 'vitest';
import { runBounded } from './run-bounded.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('runBounded', () => {
  test('runs every task once, keeps index order, never exceeds the concurrency', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await runBounded(40, 7, async (i) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await tick();
      inFlight -= 1;
      return i * 2;
    });
    expect(results).toEqual(Array.from({ length: 40 }, (_, i) => i * 2));
    expect(peak).toBe(7);
  });

  test('a rejected task rejects the run and stops starting new tasks', async () => {
    const started: number[] = [];
    const run = runBounded(100, 2, async (i) => {
      started.push(i);
      await tick();
      if (i === 3) throw new Error('task 3 failed');
      return i;
    });
    await expect(run).rejects.toThrow('task 3 failed');
    expect(started.length).toBeLessThan(10);
  });

  test('zero tasks resolve to an empty list; bad sizes are refused', async () => {
    expect(await runBounded(0, 5, async () => 1)).toEqual([]);
    await expect(runBounded(3, 0, async () => 1)).rejects.toThrow(/concurrency/);
    await expect(runBounded(-1, 1, async () => 1)).rejects.toThrow(/count/);
  });
});
