import { expect, test } from 'vitest';
import { fullBucket, reserveToken, type TokenBucketState } from './token-bucket.js';

function reserveAt(times: number[], policy: { requestsPerSecond: number; burst: number }): number[] {
  let state: TokenBucketState = fullBucket;
  return times.map((now) => {
    const reservation = reserveToken(state, now, policy);
    state = reservation.state;
    return now + reservation.waitMs;
  });
}

test('burst 1 spaces requests evenly at the rate', () => {
  expect(reserveAt([0, 0, 0, 0, 0, 0], { requestsPerSecond: 5, burst: 1 })).toEqual([0, 200, 400, 600, 800, 1000]);
});

test('no one-second window holds more than the rate with burst 1', () => {
  const starts = reserveAt(
    Array.from({ length: 50 }, (_, i) => i * 7),
    { requestsPerSecond: 5, burst: 1 },
  );
  for (const start of starts)
    expect(starts.filter((other) => other >= start && other < start + 1000).length).toBeLessThanOrEqual(5);
});

test('a larger burst lets that many go at once, then paces', () => {
  expect(reserveAt([0, 0, 0, 0], { requestsPerSecond: 10, burst: 3 })).toEqual([0, 0, 0, 100]);
});

test('a quiet spell refills the bucket, but never beyond the burst', () => {
  expect(reserveAt([0, 0, 10_000, 10_000, 10_000], { requestsPerSecond: 5, burst: 2 })).toEqual([
    0, 0, 10_000, 10_000, 10_200,
  ]);
});
