import { expect, test, vi } from 'vitest';
import { AttemptSignal } from './attempt-signal.js';

test('aborts at the time limit and says it timed out', async () => {
  vi.useFakeTimers();
  try {
    const attempt = new AttemptSignal(undefined, 1_000);
    const raced = attempt.race(new Promise<never>(() => {}));
    vi.advanceTimersByTime(999);
    expect(attempt.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.timedOut).toBe(true);
    await expect(raced).rejects.toMatchObject({ name: 'TimeoutError' });
  } finally {
    vi.useRealTimers();
  }
});

test("follows the caller's signal with its reason, and that is not a timeout", async () => {
  const caller = new AbortController();
  const attempt = new AttemptSignal(caller.signal, 60_000);
  const raced = attempt.race(new Promise<never>(() => {}));
  const reason = new DOMException('stop', 'AbortError');
  caller.abort(reason);
  await expect(raced).rejects.toBe(reason);
  expect(attempt.signal.reason).toBe(reason);
  expect(attempt.timedOut).toBe(false);
  attempt.dispose();
});

test('settles like the work when it finishes first, and dispose unhooks everything', async () => {
  vi.useFakeTimers();
  try {
    const caller = new AbortController();
    const attempt = new AttemptSignal(caller.signal, 1_000);
    await expect(attempt.race(Promise.resolve('answer'))).resolves.toBe('answer');
    attempt.dispose();
    expect(vi.getTimerCount()).toBe(0);
    caller.abort();
    expect(attempt.signal.aborted).toBe(false);
  } finally {
    vi.useRealTimers();
  }
});

test('an already aborted caller signal aborts the attempt at once', async () => {
  const caller = new AbortController();
  const reason = new Error('already');
  caller.abort(reason);
  const attempt = new AttemptSignal(caller.signal, 60_000);
  expect(attempt.signal.aborted).toBe(true);
  await expect(attempt.race(Promise.resolve('too late'))).rejects.toBe(reason);
  attempt.dispose();
});
