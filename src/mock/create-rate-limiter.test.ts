import { describe, expect, test } from 'vitest';
import { createRateLimiter } from './create-rate-limiter.js';

describe('createRateLimiter', () => {
  test('allows a burst of one second, then asks to wait, then refills', () => {
    const take = createRateLimiter(5);
    expect(Array.from({ length: 5 }, () => take('a', 0))).toEqual([0, 0, 0, 0, 0]);
    expect(take('a', 0)).toBe(1);
    expect(take('a', 100)).toBe(1);
    expect(take('a', 200)).toBe(0);
  });

  test('keeps one bucket per key', () => {
    const take = createRateLimiter(1);
    expect(take('a', 0)).toBe(0);
    expect(take('a', 0)).toBe(1);
    expect(take('b', 0)).toBe(0);
  });

  test('a slow rate gives a longer Retry-After', () => {
    const take = createRateLimiter(0.25);
    expect(take('a', 0)).toBe(0);
    expect(take('a', 0)).toBe(4);
  });

  test('rejects a rate that is not positive', () => {
    expect(() => createRateLimiter(0)).toThrow(/rateLimitPerSecond/);
  });
});
