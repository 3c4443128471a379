import { expect, test } from 'vitest';
import { createTokenBucketLimiter } from './create-rate-limiter.js';

function fakeTime() {
  let now = 0;
  const waits: number[] = [];
  return {
    nowMs: () => now,
    waits,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      waits.push(ms);
      now += ms;
    },
  };
}

test('waits on the injected clock so that requests keep to the rate', async () => {
  const time = fakeTime();
  const limiter = createTokenBucketLimiter({ requestsPerSecond: 5, burst: 1, ...time });
  const started: number[] = [];
  for (let i = 0; i < 6; i++) {
    await limiter.take();
    started.push(time.nowMs());
  }
  expect(started).toEqual([0, 200, 400, 600, 800, 1000]);
  expect(time.waits).toEqual([200, 200, 200, 200, 200]);
});

test('concurrent callers queue in order', async () => {
  const waits: number[] = [];
  // The clock stands still: all three arrive at once.
  const limiter = createTokenBucketLimiter({
    requestsPerSecond: 2,
    burst: 1,
    nowMs: () => 0,
    sleep: async (ms) => void waits.push(ms),
  });
  await Promise.all([limiter.take(), limiter.take(), limiter.take()]);
  expect(waits).toEqual([500, 1000]);
});

test('an aborted wait rejects with the signal reason', async () => {
  const time = fakeTime();
  const limiter = createTokenBucketLimiter({ requestsPerSecond: 1, burst: 1, ...time });
  await limiter.take();
  const controller = new AbortController();
  controller.abort(new Error('stop'));
  await expect(limiter.take(controller.signal)).rejects.toThrow('stop');
});
