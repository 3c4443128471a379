import { describe, expect, test } from 'vitest';
import { formatHttpDate } from '../signing/http-date.js';
import { createSessionClient } from './create-session-client.js';
import type { CreateSessionBody } from './session-client-types.js';
import {
  TEST_START,
  createFakeIngo,
  createdEnvelope,
  envelopeAnswer,
  jsonAnswer,
  minimalBody,
  startLoopbackServer,
  testClientOptions,
} from '../../test-support/fake-ingo.js';

const HOUR = 3_600_000;
const fixedClock = () => new Date(TEST_START);

describe('the learned clock offset', () => {
  test('a forged Date beyond ±14 h never moves the clock, however often it is sent', async () => {
    const ingo = createFakeIngo({ respond: () => envelopeAnswer(401, 402, { date: 'Fri, 31 Dec 9999 23:59:59 GMT' }) });
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch, now: fixedClock }));
    for (let i = 0; i < 5; i++) {
      const { error } = await client.createSession(minimalBody);
      expect(error?.message).toMatch(/implausible/);
      expect(client.clockOffsetMs).toBe(0);
    }
    expect(ingo.seen.every((seen) => seen.headers['x-date'] === formatHttpDate(new Date(TEST_START)))).toBe(true);
  });

  test('an offset within the bound is learned; the bound is an option', async () => {
    const answer = () => envelopeAnswer(401, 402, { date: formatHttpDate(new Date(TEST_START + 13 * HOUR)) });
    const wideServer = createFakeIngo({ respond: answer });
    const wide = createSessionClient(testClientOptions({ fetch: wideServer.fetch, now: fixedClock }));
    await wide.createSession(minimalBody);
    // 13 h is within ±14 h: learned and re-signed with (the second X-Date is 13 h on).
    expect(wideServer.seen.map((seen) => seen.headers['x-date'])).toEqual([
      formatHttpDate(new Date(TEST_START)),
      formatHttpDate(new Date(TEST_START + 13 * HOUR)),
    ]);
    const narrowServer = createFakeIngo({ respond: answer });
    const narrow = createSessionClient(
      testClientOptions({ fetch: narrowServer.fetch, now: fixedClock, maxClockOffsetMs: HOUR }),
    );
    expect((await narrow.createSession(minimalBody)).error?.message).toMatch(/beyond the ±1 h bound/);
    expect(narrowServer.seen).toHaveLength(1);
  });

  test('is reset when a request signed with it is refused', async () => {
    const serverNow = TEST_START + 2 * HOUR;
    let refuseAll = false;
    const ingo = createFakeIngo({
      serverNow: () => new Date(serverNow),
      respond: (seen) => {
        if (refuseAll) return envelopeAnswer(401, 401);
        return seen.verification.ok
          ? jsonAnswer(200, createdEnvelope)
          : envelopeAnswer(401, 402, { date: formatHttpDate(new Date(serverNow)) });
      },
    });
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch, now: fixedClock }));
    expect((await client.createSession(minimalBody)).data).toBeDefined();
    expect(client.clockOffsetMs).toBe(2 * HOUR);
    refuseAll = true;
    expect((await client.createSession(minimalBody)).error?.status).toBe(401);
    expect(client.clockOffsetMs).toBe(0);
  });

  test('is learned only from HTTP 401 with envelope 402, never from a Date on another answer', async () => {
    const date = { date: formatHttpDate(new Date(TEST_START + HOUR)) };
    for (const answer of [
      () => envelopeAnswer(200, 402, date),
      () => envelopeAnswer(401, 401, date),
      () => jsonAnswer(200, createdEnvelope, date),
    ]) {
      const client = createSessionClient(
        testClientOptions({ fetch: createFakeIngo({ respond: answer }).fetch, now: fixedClock }),
      );
      await client.createSession(minimalBody);
      expect(client.clockOffsetMs).toBe(0);
    }
  });
});

describe('the overall deadline', () => {
  test('a server that never answers ends the call at deadlineMs, not at (retries + 1) × timeoutMs', async () => {
    const server = await startLoopbackServer(() => undefined);
    try {
      const client = createSessionClient(
        testClientOptions({ baseUrl: server.url, timeoutMs: 10_000, deadlineMs: 300, sleep: undefined }),
      );
      // The message names what ended the call: the deadline, after one attempt (timeoutMs would
      // have ended it only after 10 s, naming itself), so no wall-clock bound is needed.
      await expect(client.createSession(minimalBody)).rejects.toMatchObject({
        name: 'TimeoutError',
        message: expect.stringMatching(/deadline of 300 ms \(deadlineMs; 1 attempt\)/),
      });
    } finally {
      await server.close();
    }
  });

  test('no backoff or Retry-After wait starts that would end past the deadline', async () => {
    const ingo = createFakeIngo({ respond: () => envelopeAnswer(503, 503, { 'retry-after': '10' }) });
    const waits: number[] = [];
    const client = createSessionClient(
      testClientOptions({ fetch: ingo.fetch, deadlineMs: 5_000, sleep: async (ms) => void waits.push(ms) }),
    );
    const { error } = await client.createSession(minimalBody);
    expect(error?.httpStatus).toBe(503);
    expect(waits).toEqual([]);
    expect(ingo.seen).toHaveLength(1);
  });
});

describe('options and inputs that cannot work are typed errors, never a bare throw', () => {
  test.each<[string, Parameters<typeof testClientOptions>[0], RegExp]>([
    ['timeoutMs at 2^31', { timeoutMs: 2 ** 31 }, /timeoutMs.*at most 2147483647/],
    ['deadlineMs at 2^31', { deadlineMs: 2 ** 31 }, /deadlineMs.*at most 2147483647/],
    ['deadlineMs of 0', { deadlineMs: 0 }, /deadlineMs/],
    ['a Retry-After cap beyond a timer', { retries: { maxRetryAfterMs: 2 ** 32 } }, /maxRetryAfterMs.*at most/],
    ['requestsPerSecond near 0', { rateLimit: { requestsPerSecond: 1e-9 } }, /requestsPerSecond.*at least/],
    ['a baseUrl with a query', { baseUrl: 'https://ingo.test/?x=1' }, /query or fragment/],
    ['a baseUrl with a fragment', { baseUrl: 'https://ingo.test/#top' }, /query or fragment/],
    ['a baseUrl ending in ?', { baseUrl: 'https://ingo.test?' }, /query or fragment/],
    ['maxAnswerBytes of 0', { maxAnswerBytes: 0 }, /maxAnswerBytes/],
    ['a negative maxClockOffsetMs', { maxClockOffsetMs: -1 }, /maxClockOffsetMs/],
  ])('%s: ConfigurationError', (_name, options, message) => {
    expect(() => createSessionClient(testClientOptions(options))).toThrow(
      expect.objectContaining({ name: 'ConfigurationError', message: expect.stringMatching(message) }),
    );
  });

  const circular: Record<string, unknown> = { ...minimalBody };
  circular.self = circular;
  test.each<[string, unknown, RegExp]>([
    ['a circular body', circular, /cannot be serialised as JSON: Converting circular structure/],
    [
      'a BigInt in the body',
      { ...minimalBody, recipient_information: { n: 1n } },
      /cannot be serialised as JSON: .*BigInt/,
    ],
    [
      'a throwing toJSON',
      {
        ...minimalBody,
        toJSON: () => {
          throw new Error('nope');
        },
      },
      /cannot be serialised as JSON: nope/,
    ],
    ['undefined as the body', undefined, /is not a JSON value/],
  ])('%s: RequestValidationError, nothing sent, even with validate: false', async (_name, body, message) => {
    for (const validate of [true, false]) {
      const ingo = createFakeIngo();
      const client = createSessionClient(testClientOptions({ fetch: ingo.fetch, validate }));
      await expect(client.createSession(body as CreateSessionBody)).rejects.toMatchObject({
        name: 'RequestValidationError',
        message: expect.stringMatching(message),
      });
      expect(ingo.seen).toHaveLength(0);
    }
  });

  test.each([
    ['line break', 'a\nb'],
    ['leading space', ' key'],
    ['trailing space', 'key '],
    ['non-ASCII', 'clé'],
    ['NUL', 'a\u0000b'],
    ['emoji', '🔑'],
  ])('an Idempotency-Key with a %s: RequestValidationError, even with validate: false', async (_name, key) => {
    for (const validate of [true, false]) {
      const ingo = createFakeIngo();
      const client = createSessionClient(testClientOptions({ fetch: ingo.fetch, validate }));
      await expect(client.createSession(minimalBody, { idempotencyKey: key })).rejects.toMatchObject({
        name: 'RequestValidationError',
        message: expect.stringMatching(/Idempotency-Key must be visible ASCII/),
      });
      expect(ingo.seen).toHaveLength(0);
    }
  });

  test('a key with inner spaces and punctuation travels unchanged', async () => {
    const ingo = createFakeIngo();
    await createSessionClient(testClientOptions({ fetch: ingo.fetch })).createSession(minimalBody, {
      idempotencyKey: 'order 42/#a:b',
    });
    expect(ingo.seen[0]!.headers['idempotency-key']).toBe('order 42/#a:b');
  });
});
