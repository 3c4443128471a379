import { describe, expect, test } from 'vitest';
import {
  backoffDelay,
  defaultRetryPolicy,
  retryDelay,
  shouldRetry,
  type AttemptOutcome,
  type RetryPolicy,
} from './retry-policy.js';

const policy: RetryPolicy = { retries: 3, baseDelayMs: 100, maxDelayMs: 1_000, jitter: 'full', maxRetryAfterMs: 5_000 };
const keyed = { method: 'POST', hasIdempotencyKey: true } as const;
const answer = (
  httpStatus: number,
  extra: Partial<Extract<AttemptOutcome, { kind: 'answer' }>> = {},
): AttemptOutcome => ({ ...keyed, kind: 'answer', httpStatus, ...extra });

describe('shouldRetry', () => {
  test.each([408, 409, 429, 500, 502, 503, 504, 599])('retries HTTP %i', (status) => {
    expect(shouldRetry(answer(status), 0, policy)).toBe(true);
  });

  test.each([200, 201, 301, 400, 401, 403, 404, 413, 415, 422, 600])('never retries HTTP %i', (status) => {
    expect(shouldRetry(answer(status), 0, policy)).toBe(false);
  });

  test('retries network errors and timeouts', () => {
    expect(shouldRetry({ ...keyed, kind: 'network' }, 0, policy)).toBe(true);
    expect(shouldRetry({ ...keyed, kind: 'timeout' }, 0, policy)).toBe(true);
  });

  test('retries HTTP 200 with an envelope status of the 5xx family, not other envelopes', () => {
    expect(shouldRetry(answer(200, { envelopeStatus: 503 }), 0, policy)).toBe(true);
    expect(shouldRetry(answer(200, { envelopeStatus: 13723 }), 0, policy)).toBe(false);
    expect(shouldRetry(answer(200, { envelopeStatus: 402 }), 0, policy)).toBe(false);
    expect(shouldRetry(answer(200, { envelopeStatus: 100 }), 0, policy)).toBe(false);
  });

  test('stops once the retries are used up', () => {
    expect(shouldRetry(answer(503), 2, policy)).toBe(true);
    expect(shouldRetry(answer(503), 3, policy)).toBe(false);
    expect(shouldRetry(answer(503), 0, { ...policy, retries: 0 })).toBe(false);
  });

  test('retries a POST only when it carries an Idempotency-Key', () => {
    const unkeyed = { method: 'POST', hasIdempotencyKey: false } as const;
    expect(shouldRetry({ ...unkeyed, kind: 'network' }, 0, policy)).toBe(false);
    expect(shouldRetry({ ...unkeyed, kind: 'timeout' }, 0, policy)).toBe(false);
    expect(shouldRetry({ ...unkeyed, kind: 'answer', httpStatus: 503 }, 0, policy)).toBe(false);
    expect(shouldRetry({ ...unkeyed, method: 'PATCH', kind: 'network' }, 0, policy)).toBe(false);
    // Methods that are idempotent by definition need no key.
    expect(shouldRetry({ ...unkeyed, method: 'GET', kind: 'network' }, 0, policy)).toBe(true);
    expect(shouldRetry({ ...unkeyed, method: 'put', kind: 'answer', httpStatus: 503 }, 0, policy)).toBe(true);
  });
});

describe('backoffDelay', () => {
  test('doubles from the base and stops at the cap', () => {
    const none = { ...policy, jitter: 'none' } as const;
    expect([0, 1, 2, 3, 4, 10].map((n) => backoffDelay(n, none, () => 0.5))).toEqual([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
  });

  test('full jitter spreads the wait over [0, ceiling)', () => {
    expect(backoffDelay(2, policy, () => 0)).toBe(0);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(200);
    expect(backoffDelay(2, policy, () => 0.999)).toBeCloseTo(399.6);
  });

  test('equal jitter waits at least half the ceiling', () => {
    const equal = { ...policy, jitter: 'equal' } as const;
    expect(backoffDelay(2, equal, () => 0)).toBe(200);
    expect(backoffDelay(2, equal, () => 0.5)).toBe(300);
    expect(backoffDelay(5, equal, () => 0.999)).toBeLessThan(1_000);
  });

  test('the default policy retries twice with capped, jittered backoff', () => {
    expect(defaultRetryPolicy).toMatchObject({ retries: 2, jitter: 'full' });
    expect(backoffDelay(30, defaultRetryPolicy, () => 0.999)).toBeLessThan(defaultRetryPolicy.maxDelayMs);
  });
});

describe('retryDelay', () => {
  test('honours Retry-After, capped at maxRetryAfterMs', () => {
    expect(retryDelay(answer(429, { retryAfterMs: 2_000 }), 0, policy, () => 0)).toBe(2_000);
    expect(retryDelay(answer(503, { retryAfterMs: 0 }), 0, policy, () => 0.9)).toBe(0);
    expect(retryDelay(answer(429, { retryAfterMs: 3_600_000 }), 0, policy, () => 0)).toBe(5_000);
  });

  test('falls back to the backoff without Retry-After', () => {
    expect(retryDelay(answer(503), 1, policy, () => 0.5)).toBe(100);
    expect(retryDelay({ ...keyed, kind: 'timeout' }, 0, policy, () => 0.5)).toBe(50);
  });
});
