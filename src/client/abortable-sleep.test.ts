import { expect, test, vi } from 'vitest';
import { abortableSleep } from './abortable-sleep.js';

test('resolves after the time, and leaves no timer behind', async () => {
  vi.useFakeTimers();
  try {
    let done = false;
    const sleeping = abortableSleep(500).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  } finally {
    vi.useRealTimers();
  }
});

test('rejects with the reason as soon as the signal aborts, clearing its timer', async () => {
  vi.useFakeTimers();
  try {
    const controller = new AbortController();
    const sleeping = abortableSleep(60_000, controller.signal);
    const reason = new Error('cancelled');
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  } finally {
    vi.useRealTimers();
  }
});

test('rejects at once for a signal already aborted', async () => {
  await expect(abortableSleep(60_000, AbortSignal.abort(new Error('before')))).rejects.toThrow('before');
});
