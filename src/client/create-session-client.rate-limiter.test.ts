import { describe, expect, test } from 'vitest';
import { IngoSessionError } from '../errors/ingo-session-error.js';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';
import { createSessionClient } from './create-session-client.js';
import { resolveClientOptions } from './resolve-client-options.js';
import {
  createFakeIngo,
  createdEnvelope,
  envelopeAnswer,
  jsonAnswer,
  minimalBody,
  testClientOptions,
} from '../../test-support/fake-ingo.js';

/** A limiter that records each take and the signal it was given, and lets every caller through. */
function recordingLimiter(): RateLimiter & { takes: (AbortSignal | undefined)[] } {
  const takes: (AbortSignal | undefined)[] = [];
  return { takes, take: async (signal) => void takes.push(signal) };
}

describe('rateLimit accepts a limiter object', () => {
  test('the client takes from it once before every attempt, retries included, and sleeps for nothing itself', async () => {
    const limiter = recordingLimiter();
    let answers = 0;
    const ingo = createFakeIngo({
      respond: () => (answers++ === 0 ? envelopeAnswer(503, 503) : jsonAnswer(200, createdEnvelope)),
    });
    const sleeps: number[] = [];
    const client = createSessionClient(
      testClientOptions({
        fetch: ingo.fetch,
        rateLimit: limiter,
        retries: { retries: 2, baseDelayMs: 0, maxDelayMs: 0 },
        sleep: async (ms) => void sleeps.push(ms),
      }),
    );
    const controller = new AbortController();
    const result = await client.createSession(minimalBody, { signal: controller.signal });
    expect(result.data?.status).toBe(100);
    expect(ingo.seen).toHaveLength(2);
    expect(limiter.takes).toEqual([controller.signal, controller.signal]);
    // Only the retry backoff sleeps in the client: the limiter object does its own waiting.
    expect(sleeps).toEqual([0]);
  });

  test('a limiter that refuses stops the call before anything is sent, with its own error', async () => {
    class LimiterDown extends IngoSessionError {
      override name = 'LimiterDown';
    }
    const ingo = createFakeIngo();
    const client = createSessionClient(
      testClientOptions({
        fetch: ingo.fetch,
        rateLimit: { take: () => Promise.reject(new LimiterDown('the shared limit cannot be checked')) },
      }),
    );
    await expect(client.createSession(minimalBody)).rejects.toThrow(LimiterDown);
    expect(ingo.seen).toHaveLength(0);
  });

  test('resolveClientOptions keeps the object as it is, and still checks numbers', () => {
    const limiter = recordingLimiter();
    const options = { username: 'u', secret: 's' };
    expect(resolveClientOptions({ ...options, rateLimit: limiter }).rateLimit).toBe(limiter);
    expect(() => resolveClientOptions({ ...options, rateLimit: { requestsPerSecond: -1 } })).toThrow(
      /`rateLimit.requestsPerSecond`/,
    );
  });
});
