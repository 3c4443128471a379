import { expect, test } from 'vitest';
import { createRateGate } from './create-rate-gate.js';

test('request starts are spaced 1000/rate ms apart, across concurrent callers', async () => {
  let clock = 1000;
  const sleeps: number[] = [];
  const gate = createRateGate(5, { timer: () => clock, sleep: async (ms) => void sleeps.push(ms) });
  await Promise.all([gate(), gate(), gate()]);
  expect(sleeps).toEqual([200, 400]);
  clock += 1000;
  await gate();
  expect(sleeps).toEqual([200, 400]);
});

test('an infinite rate never waits; a rate that is not positive is refused', async () => {
  const gate = createRateGate(Infinity, { timer: () => 0, sleep: () => Promise.reject(new Error('must not sleep')) });
  await gate();
  await gate();
  expect(() => createRateGate(0, { timer: () => 0, sleep: async () => {} })).toThrow(
    'requestsPerSecond must be positive, not 0',
  );
  expect(() => createRateGate(Number.NaN, { timer: () => 0, sleep: async () => {} })).toThrow(RangeError);
});
