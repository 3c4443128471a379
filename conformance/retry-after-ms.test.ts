import { expect, test } from 'vitest';
import { retryAfterMs } from './retry-after-ms.js';

const now = Date.parse('2026-04-01T20:18:47Z');

test('Retry-After in seconds or as an HTTP-date, 1 s when absent or unreadable, capped', () => {
  expect(retryAfterMs('2', now)).toBe(2000);
  expect(retryAfterMs('Wed, 01 Apr 2026 20:18:50 GMT', now)).toBe(3000);
  expect(retryAfterMs('Wed, 01 Apr 2026 20:18:00 GMT', now)).toBe(0);
  expect(retryAfterMs(null, now)).toBe(1000);
  expect(retryAfterMs('soon', now)).toBe(1000);
  expect(retryAfterMs('3600', now)).toBe(10_000);
  expect(retryAfterMs('3600', now, 500)).toBe(500);
});
