import { inspect } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { createSessionClient } from './create-session-client.js';
import {
  attemptTimeoutFor,
  hostileModes,
  startHostileServer,
  type HostileMode,
  type HostileServer,
} from '../../test-support/hostile-server.js';
import { TEST_SECRET, minimalBody, testClientOptions } from '../../test-support/fake-ingo.js';

/** What each hostile mode must end in: the outcome class, and whether the same call was sent again. */
const expected: Record<HostileMode, { outcome: string; retried: boolean }> = {
  'reset-after-headers': { outcome: 'throws NetworkError', retried: true },
  'fin-mid-body': { outcome: 'throws NetworkError', retried: true },
  'bad-gzip': { outcome: 'throws NetworkError', retried: true },
  'gzip-bomb': { outcome: 'throws ResponseTooLargeError', retried: false },
  'huge-content-length': { outcome: 'throws ResponseTooLargeError', retried: false },
  'endless-chunked': { outcome: 'throws ResponseTooLargeError', retried: false },
  'redirect-307': { outcome: 'throws ApiError', retried: false },
  'redirect-308': { outcome: 'throws ApiError', retried: false },
  'redirect-302': { outcome: 'throws ApiError', retried: false },
  'stale-date-9999': { outcome: 'returns AuthenticationError', retried: false },
  'stale-date-2099': { outcome: 'returns AuthenticationError', retried: false },
  'stale-date-in-200': { outcome: 'returns AuthenticationError', retried: false },
  'no-answer': { outcome: 'throws TimeoutError', retried: true },
  'trickle-body': { outcome: 'throws TimeoutError', retried: true },
  'not-json': { outcome: 'throws ApiError', retried: false },
  'not-envelope': { outcome: 'throws ApiError', retried: false },
  'status-999': { outcome: 'throws ApiError', retried: false },
  'garbage-http': { outcome: 'throws NetworkError', retried: true },
  'close-at-once': { outcome: 'throws NetworkError', retried: true },
  'echo-signature': { outcome: 'returns AuthenticationError', retried: false },
  'huge-headers': { outcome: 'throws NetworkError', retried: true },
  'endless-interim': { outcome: 'throws NetworkError', retried: true },
  'deep-json': { outcome: 'throws AuthenticationError', retried: false },
};

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function call(mode: HostileMode, options: Parameters<typeof testClientOptions>[0] = {}) {
  server = await startHostileServer(mode);
  // The real clock: the hostile server's own Date is what must not move it.
  const client = createSessionClient(
    testClientOptions({
      baseUrl: server.url,
      timeoutMs: attemptTimeoutFor(mode, 300),
      now: () => new Date(),
      ...options,
    }),
  );
  const outcome = await client.createSession(minimalBody, { idempotencyKey: 'hostile-key' }).then(
    (result) => ({
      label: result.data ? 'returns data' : `returns ${result.error.name}`,
      value: result.error as unknown,
    }),
    (error: unknown) => ({ label: `throws ${(error as Error).name}`, value: error }),
  );
  return { ...outcome, client, counts: server.counts };
}

describe('createSession against hostile servers', () => {
  test.each(hostileModes)('%s ends in its documented typed outcome', async (mode) => {
    const { label, value, client, counts } = await call(mode);
    expect({ outcome: label, retried: counts.hostile > 1 }).toEqual(expected[mode]);
    // Never a redirect followed, never the clock moved, never a signature or the secret shown.
    expect(counts.other).toBe(0);
    expect(client.clockOffsetMs).toBe(0);
    const shown = [
      inspect(value, { depth: 10 }),
      String(value),
      JSON.stringify(value),
      JSON.stringify((value as { body?: unknown }).body ?? null),
    ].join('\n');
    expect(shown).not.toContain(TEST_SECRET);
    expect(shown).not.toMatch(/signature="[^"[]/);
  });

  test('a network failure while reading the answer is retried under the same Idempotency-Key', async () => {
    const keys: string[] = [];
    const { label } = await call('fin-mid-body', {
      fetch: (url, init) => {
        keys.push(new Headers(init?.headers).get('idempotency-key')!);
        return fetch(url, init);
      },
    });
    expect(label).toBe('throws NetworkError');
    expect(keys).toEqual(['hostile-key', 'hostile-key', 'hostile-key']);
  });

  test('an endless body stops at the cap: the bytes read never exceed maxAnswerBytes', async () => {
    const { value } = await call('endless-chunked', { maxAnswerBytes: 1000 });
    expect(value).toMatchObject({ name: 'ResponseTooLargeError', maxBytes: 1000, httpStatus: 200 });
  });

  test('echoed signatures are redacted from the error body and the headers kept on it', async () => {
    const { value } = await call('echo-signature');
    const error = value as { body: unknown; response: Response };
    expect(JSON.stringify(error.body)).toMatch(/signature=\\"\[REDACTED\]\\"/);
    expect(error.response.headers.get('x-echo')).toMatch(/signature="\[REDACTED\]"/);
  });

  test('the stale-date error says why the server’s Date was not believed', async () => {
    const { value } = await call('stale-date-9999');
    expect((value as Error).message).toMatch(
      /the server's Date "Fri, 31 Dec 9999 23:59:59 GMT" is implausible: .* beyond the ±14 h bound \(maxClockOffsetMs\)/,
    );
  });
});

describe('the raw client', () => {
  test('is plain openapi-fetch with the signing middleware, and follows no redirect either', async () => {
    server = await startHostileServer('redirect-307');
    const redirected = createSessionClient(testClientOptions({ baseUrl: server.url, now: () => new Date() }));
    const { response } = await redirected.raw.POST('/api/v1/sessions/point-in-time/plugin', { body: minimalBody });
    expect(response.status).toBe(307);
    expect(server.counts.other).toBe(0);
  });
});
