import { afterEach, expect, test, vi } from 'vitest';
import { createLeaseRenewal } from './create-lease-renewal.js';

afterEach(() => vi.useRealTimers());

test('renews every third of the lease while the store holds a reservation, and stops with none or once closed', () => {
  vi.useFakeTimers();
  const renew = vi.fn();
  const renewal = createLeaseRenewal(300, renew);
  vi.advanceTimersByTime(1_000);
  expect(renew).not.toHaveBeenCalled(); // nothing held: no timer at all
  renewal.holding(1);
  renewal.holding(2); // still one timer
  vi.advanceTimersByTime(1_000);
  expect(renew).toHaveBeenCalledTimes(10);
  renewal.holding(0);
  vi.advanceTimersByTime(1_000);
  expect(renew).toHaveBeenCalledTimes(10);
  renewal.holding(1);
  renewal.stop();
  renewal.holding(1);
  vi.advanceTimersByTime(1_000);
  expect(renew).toHaveBeenCalledTimes(10);
});

test('the timer never keeps the process alive', () => {
  const setInterval = vi.spyOn(globalThis, 'setInterval');
  const renewal = createLeaseRenewal(30_000, () => {});
  renewal.holding(1);
  const timer = setInterval.mock.results[0]!.value as NodeJS.Timeout;
  expect(timer.hasRef()).toBe(false);
  renewal.stop();
  setInterval.mockRestore();
});
