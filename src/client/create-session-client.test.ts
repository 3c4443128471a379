import { describe, expect, test } from 'vitest';
import { ApiError } from '../errors/api-error.js';
import { AuthenticationError } from '../errors/authentication-error.js';
import { IdempotencyConflictError } from '../errors/idempotency-conflict-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { RequestValidationError } from '../errors/request-validation-error.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import { formatHttpDate } from '../signing/http-date.js';
import { specLimits } from '../spec/signing-config.js';
import { createSessionClient } from './create-session-client.js';
import type { CreateSessionBody } from './session-client-types.js';
import {
  TEST_START,
  createFakeIngo,
  createdEnvelope,
  envelopeAnswer,
  jsonAnswer,
  minimalBody,
  testClientOptions,
  type SeenRequest,
} from '../../test-support/fake-ingo.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A fake server answering from a script, one answer per request; the last answer repeats. */
function scripted(...answers: ((seen: SeenRequest) => Response)[]) {
  return createFakeIngo({ respond: (seen, index) => answers[Math.min(index, answers.length - 1)]!(seen) });
}
const ok = () => jsonAnswer(200, createdEnvelope);

describe('a successful call', () => {
  test('sends the exact JSON, signed, with a minted V4 Idempotency-Key, and resolves to data', async () => {
    const ingo = createFakeIngo();
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch }));
    const result = await client.createSession(minimalBody);
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual(createdEnvelope);
    expect(result.response.status).toBe(200);
    const [seen] = ingo.seen;
    expect(seen!.verification).toMatchObject({ ok: true });
    expect(seen!.method).toBe('POST');
    expect(seen!.path).toBe('/api/v1/sessions/point-in-time/plugin');
    expect(seen!.body).toBe(JSON.stringify(minimalBody));
    expect(seen!.headers['idempotency-key']).toMatch(UUID_V4);
    expect(seen!.headers['x-date']).toBe(formatHttpDate(new Date(TEST_START)));
  });

  test('signs the UTF-8 byte length of a non-ASCII body', async () => {
    const ingo = createFakeIngo();
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch }));
    const body = { ...minimalBody, recipient_information: { first_name: 'Zoë', last_name: '李' } };
    await client.createSession(body);
    expect(ingo.seen[0]!.verification.ok).toBe(true);
    expect(ingo.seen[0]!.headers['content-length']).toBe(String(Buffer.byteLength(JSON.stringify(body))));
  });

  test('sends the caller’s Idempotency-Key', async () => {
    const ingo = createFakeIngo();
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch }));
    await client.createSession(minimalBody, { idempotencyKey: 'order-42' });
    expect(ingo.seen[0]!.headers['idempotency-key']).toBe('order-42');
  });

  test('with retries off and no key, sends no Idempotency-Key', async () => {
    const ingo = createFakeIngo();
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch, retries: 0 }));
    await client.createSession(minimalBody);
    expect(ingo.seen[0]!.headers).not.toHaveProperty('idempotency-key');
  });
});

describe('request validation', () => {
  test('lists every offending path and rule, and sends nothing', async () => {
    const ingo = createFakeIngo();
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch }));
    const body = {
      participant_unique_id1: 'x'.repeat(101),
      language_locale_code: 'en',
      colour: 'blue',
    } as unknown as CreateSessionBody;
    const error = await client.createSession(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    const issues = (error as RequestValidationError).issues.map(({ path, rule }) => `${path} ${rule}`).sort();
    // `colour` breaks only the spec's assumed additionalProperties: false, which the client does not enforce.
    expect(issues).toEqual([
      '/language_locale_code enum',
      '/participant_unique_id1 maxLength',
      '/recipient_information required',
    ]);
    for (const path of ['/language_locale_code', '/participant_unique_id1', '/recipient_information'])
      expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain('POST http://ingo.test/api/v1/sessions/point-in-time/plugin');
    expect(ingo.seen).toHaveLength(0);
  });

  test('never refuses a body that breaks only example-derived or assumed constraints (x-ingo-source)', async () => {
    const ingo = createFakeIngo();
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch }));
    // An empty id (assumption), an empty and an internationalised email, a numeric ZIP (examples), an extra field (assumption).
    const body = {
      participant_unique_id1: '',
      recipient_information: { email_address: '', zip_code: 30301 },
      colour: 'blue',
    } as unknown as CreateSessionBody;
    await client.createSession(body);
    await client.createSession({
      participant_unique_id1: 'p',
      recipient_information: { email_address: 'jürgen@bücher.example' },
    });
    expect(ingo.seen.map((request) => JSON.parse(request.body).recipient_information.email_address)).toEqual([
      '',
      'jürgen@bücher.example',
    ]);
  });

  test('checks the Idempotency-Key against the spec', async () => {
    const ingo = createFakeIngo();
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch }));
    const error = await client.createSession(minimalBody, { idempotencyKey: 'k'.repeat(251) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toEqual([
      expect.objectContaining({ path: '/Idempotency-Key', rule: 'maxLength', expected: 250 }),
    ]);
    expect(ingo.seen).toHaveLength(0);
  });

  test('`validate: false` sends the body as it is', async () => {
    const ingo = createFakeIngo();
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch, validate: false }));
    await client.createSession({ participant_unique_id1: '' } as CreateSessionBody);
    expect(ingo.seen[0]!.body).toBe('{"participant_unique_id1":""}');
  });
});

describe('retries', () => {
  test.each([408, 409, 500, 503])(
    'retries HTTP %i with the same key, re-signed with a fresh X-Date',
    async (status) => {
      const ingo = scripted(() => envelopeAnswer(status, status), ok);
      const delays: number[] = [];
      const client = createSessionClient(
        testClientOptions({ fetch: ingo.fetch, sleep: async (ms) => void delays.push(ms) }),
      );
      const result = await client.createSession(minimalBody);
      expect(result.data).toEqual(createdEnvelope);
      const [first, second] = ingo.seen;
      expect(first!.headers['idempotency-key']).toMatch(UUID_V4);
      expect(second!.headers['idempotency-key']).toBe(first!.headers['idempotency-key']);
      expect(second!.headers['x-date']).not.toBe(first!.headers['x-date']);
      expect(second!.headers.authorization).not.toBe(first!.headers.authorization);
      expect([first!.verification.ok, second!.verification.ok]).toEqual([true, true]);
      // Default policy, random() = 0.5: half of the 200 ms ceiling.
      expect(delays).toEqual([100]);
    },
  );

  test('mints the key once per call: each call has its own', async () => {
    const ingo = scripted(
      () => envelopeAnswer(503, 503),
      ok,
      () => envelopeAnswer(503, 503),
      ok,
    );
    const keys = ['key-1', 'key-2'];
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch, randomUUID: () => keys.shift()! }));
    await client.createSession(minimalBody);
    await client.createSession(minimalBody);
    expect(ingo.seen.map((seen) => seen.headers['idempotency-key'])).toEqual(['key-1', 'key-1', 'key-2', 'key-2']);
  });

  test('backs off exponentially and gives up after the last retry with the declared answer', async () => {
    const ingo = scripted(() => envelopeAnswer(503, 503));
    const delays: number[] = [];
    const client = createSessionClient(
      testClientOptions({
        fetch: ingo.fetch,
        retries: { retries: 3, jitter: 'none', baseDelayMs: 100 },
        sleep: async (ms) => void delays.push(ms),
      }),
    );
    const result = await client.createSession(minimalBody);
    expect(ingo.seen).toHaveLength(4);
    expect(delays).toEqual([100, 200, 400]);
    expect(result.error).toBeInstanceOf(ApiError);
    expect(result.error).toMatchObject({ httpStatus: 503, status: 503 });
  });

  test.each([
    ['seconds', '2', 2_000],
    ['an HTTP-date', formatHttpDate(new Date(TEST_START + 6_000)), 5_000],
    ['a value above the cap', '3600', 10_000],
  ])('honours Retry-After given as %s', async (_, retryAfter, expected) => {
    const ingo = scripted(() => envelopeAnswer(429, 429, { 'retry-after': retryAfter }), ok);
    const delays: number[] = [];
    // The clock reads TEST_START for the first request and TEST_START + 1 s when the answer is read.
    const client = createSessionClient(
      testClientOptions({ fetch: ingo.fetch, sleep: async (ms) => void delays.push(ms) }),
    );
    expect((await client.createSession(minimalBody)).data).toBeDefined();
    expect(delays).toEqual([expected]);
  });

  test('a 429 that outlasts the retries is a RateLimitError carrying Retry-After', async () => {
    const ingo = scripted(() => envelopeAnswer(429, 429, { 'retry-after': '1' }));
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch }));
    const { error } = await client.createSession(minimalBody);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(1_000);
    expect(ingo.seen).toHaveLength(3);
  });

  test.each([
    [400, 400, ApiError],
    [401, 401, AuthenticationError],
    [413, 413, ApiError],
    [415, 415, ApiError],
    [422, 13723, IdempotencyConflictError],
  ])('never retries HTTP %i; answers it as an error of the right class', async (httpStatus, status, kind) => {
    const ingo = scripted(() => envelopeAnswer(httpStatus, status));
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch }));
    const result = await client.createSession(minimalBody);
    expect(ingo.seen).toHaveLength(1);
    expect(result.data).toBeUndefined();
    expect(result.error).toBeInstanceOf(kind);
    expect(result.error).toMatchObject({ httpStatus, status, clientMessage: `test error ${status}` });
    expect(result.error!.message).toContain(`HTTP ${httpStatus}`);
    expect(result.error!.message).toContain('POST http://ingo.test/api/v1/sessions/point-in-time/plugin');
  });

  test('an error envelope with HTTP 200 is an error, classed by its status', async () => {
    const ingo = scripted(() => envelopeAnswer(200, 13723));
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch }));
    const { error } = await client.createSession(minimalBody);
    expect(error).toBeInstanceOf(IdempotencyConflictError);
    expect(error).toMatchObject({ httpStatus: 200, status: 13723 });
  });

  test('retries network errors, then throws a NetworkError naming the attempts', async () => {
    let calls = 0;
    const client = createSessionClient(
      testClientOptions({
        fetch: async () => {
          calls += 1;
          throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
        },
      }),
    );
    const error = await client.createSession(minimalBody).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NetworkError', attempts: 3 });
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect((error as Error).message).toContain('(3 attempts)');
    expect(calls).toBe(3);
  });

  test('without a key (retries off) a network error is not retried', async () => {
    let calls = 0;
    const client = createSessionClient(
      testClientOptions({
        retries: 0,
        fetch: async () => {
          calls += 1;
          throw new TypeError('fetch failed');
        },
      }),
    );
    await expect(client.createSession(minimalBody)).rejects.toMatchObject({ name: 'NetworkError', attempts: 1 });
    expect(calls).toBe(1);
  });
});

describe('clock skew', () => {
  test('learns the offset from a server 10 minutes ahead, re-signs once, and keeps the offset', async () => {
    const serverStart = TEST_START + 600_000;
    const ingo = createFakeIngo({
      serverNow: () => new Date(serverStart),
      respond: (seen) =>
        seen.verification.ok
          ? jsonAnswer(200, createdEnvelope)
          : envelopeAnswer(401, seen.verification.reason === 'stale_date' ? 402 : 401, {
              date: formatHttpDate(new Date(serverStart)),
            }),
    });
    const delays: number[] = [];
    const client = createSessionClient(
      testClientOptions({ fetch: ingo.fetch, sleep: async (ms) => void delays.push(ms) }),
    );
    const first = await client.createSession(minimalBody);
    expect(first.data).toEqual(createdEnvelope);
    expect(ingo.seen.map((seen) => seen.verification.ok)).toEqual([false, true]);
    expect(ingo.seen[0]!.verification).toMatchObject({ reason: 'stale_date' });
    expect(delays).toEqual([]);
    // Learnt against the local clock when the answer arrived (the ticking clock read 1 s later).
    expect(client.clockOffsetMs).toBe(599_000);
    await client.createSession(minimalBody);
    expect(ingo.seen.map((seen) => seen.verification.ok)).toEqual([false, true, true]);
  });

  test('corrects only once per call: a second stale-date answer is returned', async () => {
    const ingo = scripted(() => envelopeAnswer(401, 402, { date: formatHttpDate(new Date(TEST_START)) }));
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch }));
    const { error } = await client.createSession(minimalBody);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 402 });
    expect(ingo.seen).toHaveLength(2);
  });

  test('without a Date header there is nothing to learn', async () => {
    const ingo = scripted(() => envelopeAnswer(401, 402));
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch }));
    expect((await client.createSession(minimalBody)).error).toBeInstanceOf(AuthenticationError);
    expect(ingo.seen).toHaveLength(1);
    expect(client.clockOffsetMs).toBe(0);
  });
});

describe('rate limiting', () => {
  test('keeps to the spec rate by default, on the injected clock', async () => {
    const ingo = createFakeIngo();
    let now = 0;
    const delays: number[] = [];
    const client = createSessionClient(
      testClientOptions({
        fetch: ingo.fetch,
        rateLimit: { now: () => now },
        sleep: async (ms) => {
          delays.push(ms);
          now += ms;
        },
      }),
    );
    for (let i = 0; i < 4; i++) await client.createSession(minimalBody);
    expect(delays).toEqual([200, 200, 200]);
  });

  test('is configurable and can be switched off', async () => {
    const delays: number[] = [];
    const sleep = async (ms: number) => void delays.push(ms);
    const fast = createSessionClient(
      testClientOptions({
        fetch: createFakeIngo().fetch,
        rateLimit: { requestsPerSecond: 2, burst: 2, now: () => 0 },
        sleep,
      }),
    );
    for (let i = 0; i < 3; i++) await fast.createSession(minimalBody);
    expect(delays).toEqual([500]);
    const off = createSessionClient(testClientOptions({ fetch: createFakeIngo().fetch, rateLimit: false, sleep }));
    for (let i = 0; i < 3; i++) await off.createSession(minimalBody);
    expect(delays).toEqual([500]);
  });
});

describe('answers the spec does not declare are thrown', () => {
  test.each([
    ['an undeclared status', () => envelopeAnswer(404, 404), /does not declare: HTTP 404/],
    ['a body that is not JSON', () => new Response('<html>oops</html>', { status: 502 }), /not JSON: HTTP 502/],
    ['JSON that is not an envelope', () => jsonAnswer(200, { ok: true }), /not an Ingo envelope: HTTP 200/],
  ])('%s', async (_, answer, message) => {
    const client = createSessionClient(testClientOptions({ fetch: scripted(answer).fetch, retries: 0 }));
    const error = await client.createSession(minimalBody).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as Error).message).toMatch(message);
    expect((error as ApiError).response).toBeInstanceOf(Response);
  });

  test('an answer nested deeper than maxAnswerDepth is not kept, and says so in whole words', async () => {
    const depth = specLimits.maxAnswerDepth + 1;
    const deep = () => new Response(`${'['.repeat(depth)}1${']'.repeat(depth)}`, { status: 200 });
    const client = createSessionClient(testClientOptions({ fetch: scripted(deep).fetch, retries: 0 }));
    const error = (await client.createSession(minimalBody).catch((e: unknown) => e)) as ApiError;
    const what = `an answer nested deeper than ${specLimits.maxAnswerDepth} levels (x-ingo-limits.maxAnswerDepth), which no declared answer is`;
    expect(error.body).toBe(`[not kept: ${what}]`);
    expect(error.message).toContain(`Create Session got ${what}: HTTP 200`);
  });

  test('a 409 that outlasts the retries is an error answer (the spec declares 409: a duplicate still in flight)', async () => {
    const ingo = scripted(() => envelopeAnswer(409, 409));
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch }));
    const result = await client.createSession(minimalBody);
    expect(result.error).toMatchObject({ name: 'ApiError', httpStatus: 409 });
    expect(ingo.seen).toHaveLength(3);
  });
});

describe('strict response validation', () => {
  const drifted = () => jsonAnswer(200, { ...createdEnvelope, data: { session_identifier: 'not-a-uuid' } });

  test('throws a ResponseValidationError carrying the raw response and body', async () => {
    const client = createSessionClient(testClientOptions({ fetch: scripted(drifted).fetch, validateResponses: true }));
    const error = (await client.createSession(minimalBody).catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.httpStatus).toBe(200);
    expect(error.response).toBeInstanceOf(Response);
    expect(error.body).toMatchObject({ data: { session_identifier: 'not-a-uuid' } });
    expect(error.issues.length).toBeGreaterThan(0);
  });

  test('checks error answers against their own schema', async () => {
    const client = createSessionClient(
      testClientOptions({
        fetch: scripted(() => jsonAnswer(400, { client_message: 'bad body' })).fetch,
        validateResponses: true,
      }),
    );
    const error = (await client.createSession(minimalBody).catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues).toEqual([expect.objectContaining({ path: '/status', rule: 'required' })]);
  });

  test('refuses no answer that breaks only constraints derived from an example or an assumption', async () => {
    // client_message is required by assumption, session_identifier by Ingo's example only.
    const answers = [
      jsonAnswer(400, { status: 400 }),
      jsonAnswer(200, { ...createdEnvelope, data: { ...createdEnvelope.data, session_identifier: undefined } }),
    ];
    const client = createSessionClient(
      testClientOptions({ fetch: scripted(() => answers.shift()!).fetch, validateResponses: true }),
    );
    expect((await client.createSession(minimalBody)).error).toMatchObject({ name: 'ApiError', httpStatus: 400 });
    expect((await client.createSession(minimalBody)).data).toMatchObject({
      status: 100,
      data: { authorized_url: createdEnvelope.data.authorized_url },
    });
  });

  test('is off by default: the same answer is data', async () => {
    const client = createSessionClient(testClientOptions({ fetch: scripted(drifted).fetch }));
    expect((await client.createSession(minimalBody)).data).toMatchObject({ status: 100 });
  });
});

describe('the raw client', () => {
  test('signs requests made without any signing header', async () => {
    const ingo = createFakeIngo();
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch }));
    const { data, response } = await client.raw.POST('/api/v1/sessions/point-in-time/plugin', { body: minimalBody });
    expect(response.status).toBe(200);
    expect(data).toEqual(createdEnvelope);
    expect(ingo.seen[0]!.verification.ok).toBe(true);
    expect(ingo.seen[0]!.headers).not.toHaveProperty('idempotency-key');
  });
});
