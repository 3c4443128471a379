import { expect, test } from 'vitest';
import { parseRetryAfter } from './parse-retry-after.js';

const now = Date.parse('2026-04-01T20:18:47Z');

test('reads delay-seconds', () => {
  expect(parseRetryAfter('0', now)).toBe(0);
  expect(parseRetryAfter('2', now)).toBe(2_000);
  expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
});

test('reads an HTTP-date relative to now, never negative', () => {
  expect(parseRetryAfter('Wed, 01 Apr 2026 20:18:52 GMT', now)).toBe(5_000);
  expect(parseRetryAfter('Wed, 01 Apr 2026 20:00:00 GMT', now)).toBe(0);
});

test('gives undefined for a missing or unreadable value', () => {
  expect(parseRetryAfter(null, now)).toBeUndefined();
  expect(parseRetryAfter(undefined, now)).toBeUndefined();
  expect(parseRetryAfter('soon', now)).toBeUndefined();
  expect(parseRetryAfter('-1', now)).toBeUndefined();
  expect(parseRetryAfter('1.5', now)).toBeUndefined();
});
