import { describe, expect, test } from 'vitest';
import { createFastClock } from './create-fast-clock.js';

describe('createFastClock', () => {
  test('virtual time runs `speed` times faster than the injected real clock', () => {
    let real = 1_000;
    const clock = createFastClock({ speed: 50, startMs: 10_000, monotonicNow: () => real });
    expect(clock.now()).toBe(10_000);
    real += 20;
    expect(clock.now()).toBe(11_000);
    expect(clock.date().toISOString()).toBe(new Date(11_000).toISOString());
  });

  test('a held clock stays at its start until released, then runs from there', () => {
    let real = 0;
    const clock = createFastClock({ speed: 10, startMs: 5_000, held: true, monotonicNow: () => real });
    real += 100;
    expect(clock.now()).toBe(5_000);
    clock.release();
    real += 3;
    expect(clock.now()).toBe(5_030);
    clock.release();
    expect(clock.now()).toBe(5_030);
  });

  test('sleep waits ms / speed real ms', async () => {
    const clock = createFastClock({ speed: 100, startMs: 0 });
    const started = performance.now();
    await clock.sleep(3_000);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(25);
    expect(elapsed).toBeLessThan(1_000);
  });

  test('sleep rejects with the signal reason on abort, and at once when already aborted', async () => {
    const clock = createFastClock({ speed: 10, startMs: 0 });
    const reason = new Error('stop');
    await expect(clock.sleep(1_000, AbortSignal.abort(reason))).rejects.toBe(reason);
    const controller = new AbortController();
    const waiting = clock.sleep(1_000_000, controller.signal);
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });

  test('rejects a speed below 1', () => {
    expect(() => createFastClock({ speed: 0.5, startMs: 0 })).toThrow(/speed must be/);
  });
});
