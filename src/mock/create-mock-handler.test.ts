import { describe, expect, test } from 'vitest';
import { signingConfig, specLimits } from '../spec/signing-config.js';
import { signRequest } from '../signing/sign-request.js';
import { mockRoute } from './check-request-head.js';
import { createMockHandler, type MockLogEvent, type MockOptions } from './create-mock-handler.js';
import { envelopeCodes } from './mock-reply.js';
import { digestCanonicalJson } from './digest-canonical-json.js';
import {
  createEnvelopeChecker,
  endpointUrl,
  FIXED_NOW,
  fullBody,
  minimalBody,
  signedInit,
  signedRequest,
} from '../../test-support/mock-test-kit.js';

const checkEnvelope = createEnvelopeChecker();
const fixedClock = { now: () => FIXED_NOW };

const { badSignature, staleDate } = envelopeCodes;

/** Sends to a mock that logs, and returns the answer with the verification failure's reason from the log. */
async function sendLogged(request: Request | Promise<Request>, options: MockOptions = {}) {
  const events: MockLogEvent[] = [];
  const sent = await send(createMockHandler({ ...fixedClock, ...options, log: (e) => events.push(e) }), await request);
  const failure = events.find((event) => event.type === 'verification_failed');
  return { ...sent, reason: failure?.type === 'verification_failed' ? failure.reason : undefined };
}

async function send(handler: (request: Request) => Promise<Response>, request: Request) {
  const response = await handler(request);
  const text = await response.text();
  return { response, status: response.status, envelope: checkEnvelope(response.status, text) };
}

describe('createMockHandler: success', () => {
  test('creates a session from a signed minimal body (status 100)', async () => {
    const mock = createMockHandler({ ...fixedClock, seed: 1 });
    const { status, envelope, response } = await send(mock, await signedRequest(minimalBody));
    expect(status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(envelope).toMatchObject({ status: 100, client_message: 'Success' });
    const data = envelope.data as Record<string, string>;
    expect(data.participant_unique_id1).toBe(JSON.parse(minimalBody).participant_unique_id1);
    expect(data.participant_unique_id2).toBe('');
    expect(new URL(data.authorized_url!).pathname).toContain(data.session_identifier);
    expect(new URL(data.authorized_url!).searchParams.has('t')).toBe(true);
    expect(new URL(data.authorized_url!).searchParams.has('h')).toBe(true);
    expect(Date.parse(data.authorized_url_expiration_utc!)).toBe(
      FIXED_NOW + signingConfig.authorizedUrlLifetimeSeconds * 1000,
    );
    expect(mock.sessions.size).toBe(1);
    const kept = mock.sessions.get(data.session_identifier!);
    expect(kept).toMatchObject({
      username: 'test',
      createdAt: FIXED_NOW,
      bodyDigest: digestCanonicalJson(JSON.parse(minimalBody)),
    });
    // What is kept of a session is the answered fields and the digest, never the body.
    expect(Object.keys(kept!).sort()).toEqual([
      'bodyDigest',
      'createdAt',
      'participant_unique_id1',
      'participant_unique_id2',
      'session_identifier',
      'username',
    ]);
  });

  test('echoes participant_unique_id2 of a full body', async () => {
    const { envelope } = await send(createMockHandler(fixedClock), await signedRequest(fullBody));
    expect((envelope.data as Record<string, string>).participant_unique_id2).toBe(
      JSON.parse(fullBody).participant_unique_id2,
    );
  });

  test.each([
    ['the authentication-page header order', { headerOrder: signingConfig.alternateHeaderOrder }],
    ['legacy hmac-sha256', { algorithm: 'hmac-sha256' as const }],
    ['a query string in the signed request line', { path: `${mockRoute.path}?trace=1` }],
  ])('accepts %s', async (_name, options) => {
    expect((await send(createMockHandler(fixedClock), await signedRequest(minimalBody, options))).status).toBe(200);
  });

  test('accepts Content-Type with charset=utf-8 when that is what was signed', async () => {
    const body = minimalBody;
    const headers = await signRequest(
      { method: 'POST', path: mockRoute.path, body, contentType: 'application/json; charset=utf-8' },
      { username: 'test', secret: 'test-secret' },
      { now: new Date(FIXED_NOW) },
    );
    const { status } = await send(
      createMockHandler(fixedClock),
      new Request(endpointUrl(), { method: 'POST', headers, body }),
    );
    expect(status).toBe(200);
  });

  test('accepts any of several credentials', async () => {
    const mock = createMockHandler({
      ...fixedClock,
      credentials: [
        { username: 'a', secret: 'sa' },
        { username: 'b', secret: 'sb' },
      ],
    });
    expect(
      (await send(mock, await signedRequest(minimalBody, { credentials: { username: 'b', secret: 'sb' } }))).status,
    ).toBe(200);
    expect(
      (await send(mock, await signedRequest(minimalBody, { credentials: { username: 'b', secret: 'sa' } }))).status,
    ).toBe(401);
  });
});

describe('createMockHandler: the request path, step by step', () => {
  const mock = createMockHandler(fixedClock);

  test.each([
    ['another path', 'POST', '/api/v1/sessions'],
    ['a trailing slash', 'POST', `${mockRoute.path}/`],
    ['the root', 'GET', '/'],
  ])('404 for %s', async (_name, method, path) => {
    const { status, envelope } = await send(mock, new Request(`http://mock.test${path}`, { method }));
    expect(status).toBe(404);
    expect(envelope.status).toBe(404);
  });

  test.each(['GET', 'PUT', 'DELETE', 'OPTIONS'])('405 with Allow for %s', async (method) => {
    const { status, response, envelope } = await send(mock, new Request(endpointUrl(), { method }));
    expect(status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(envelope.client_message).toMatch(/use POST/);
  });

  test.each([
    ['no Content-Type', undefined],
    ['text/plain', 'text/plain'],
    ['another charset', 'application/json; charset=iso-8859-1'],
    ['a lookalike', 'application/jsonp'],
  ])('415 for %s', async (_name, contentType) => {
    const request = new Request(endpointUrl(), { method: 'POST', body: minimalBody });
    if (contentType === undefined) request.headers.delete('content-type');
    else request.headers.set('content-type', contentType);
    const { status, envelope } = await send(mock, request);
    expect(status).toBe(415);
    expect(envelope.client_message).toMatch(/application\/json/);
  });

  test('413 when Content-Length declares more than the limit, before reading the body', async () => {
    const request = new Request(endpointUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(specLimits.maxBodyBytes + 1) },
      body: '{}',
    });
    const { status, envelope } = await send(mock, request);
    expect(status).toBe(413);
    expect(envelope.client_message).toContain(String(specLimits.maxBodyBytes));
  });

  test('413 when the body streams past the limit although Content-Length claims little', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
        if (pulled > 100) controller.close();
      },
    });
    const request = new Request(endpointUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '10' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await send(mock, request)).status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });

  test('a smaller maxBodyBytes applies', async () => {
    const small = createMockHandler({ ...fixedClock, maxBodyBytes: 100 });
    expect((await send(small, await signedRequest(minimalBody))).status).toBe(413);
  });

  test.each([
    ['not JSON', '{"participant_unique_id1":'],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d])],
    ['an empty body', ''],
  ])('400 for %s, even when signed', async (_name, body) => {
    const { status, envelope } = await send(mock, await signedRequest(body));
    expect(status).toBe(400);
    expect(envelope.client_message).toMatch(/^Invalid JSON body/);
  });

  test('401 for a missing Authorization, with Date and no schema detail; the reason goes to the log only', async () => {
    const request = new Request(endpointUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"participant_unique_id1":""}',
    });
    const { status, envelope, response, reason } = await sendLogged(request);
    expect(status).toBe(401);
    expect(envelope).toMatchObject({ status: 401, client_message: badSignature.client_message });
    expect(reason).toBe('missing_authorization');
    expect(response.headers.get('date')).toBe(new Date(FIXED_NOW).toUTCString());
  });

  test.each([
    [
      'a wrong secret',
      () => signedRequest(minimalBody, { credentials: { username: 'test', secret: 'wrong' } }),
      'signature_mismatch',
    ],
    [
      'an unknown username',
      () => signedRequest(minimalBody, { credentials: { username: 'nobody', secret: 'test-secret' } }),
      'unknown_username',
    ],
    [
      'a body changed after signing',
      async () =>
        new Request(endpointUrl(), { ...(await signedInit(minimalBody)), body: minimalBody.replace('Jane', 'Joan') }),
      'digest_mismatch',
    ],
    [
      'a signed path that is not the one requested',
      async () => new Request(endpointUrl(), await signedInit(minimalBody, { path: '/elsewhere' })),
      'signature_mismatch',
    ],
  ])('401 for %s: one message whatever failed, as Kong; the reason in the log', async (_name, build, expected) => {
    const { status, envelope, reason } = await sendLogged(build());
    expect(status).toBe(401);
    expect(envelope).toMatchObject({ status: 401, client_message: badSignature.client_message });
    expect(reason).toBe(expected);
  });

  test.each([
    ['stale', -1],
    ['future', 1],
  ])('HTTP 401 with envelope 402 for a %s X-Date, and Date carries server time', async (_name, sign) => {
    const skewed = FIXED_NOW + sign * (signingConfig.clockSkewSeconds + 1) * 1000;
    const { status, envelope, response, reason } = await sendLogged(signedRequest(minimalBody, { now: skewed }));
    expect(status).toBe(401);
    expect(envelope).toMatchObject({ status: staleDate.status, client_message: staleDate.client_message });
    expect(reason).toBe('stale_date');
    expect(Date.parse(response.headers.get('date')!)).toBe(FIXED_NOW);
  });

  test('an X-Date exactly at the skew limit is accepted', async () => {
    expect(
      (await send(mock, await signedRequest(minimalBody, { now: FIXED_NOW - signingConfig.clockSkewSeconds * 1000 })))
        .status,
    ).toBe(200);
  });

  test('a legacy signature is refused when only hmac-sha512 is accepted', async () => {
    const request = signedRequest(minimalBody, { algorithm: 'hmac-sha256' });
    const { status, reason } = await sendLogged(request, { algorithms: ['hmac-sha512'] });
    expect(status).toBe(401);
    expect(reason).toBe('unsupported_algorithm');
  });

  test('verification detail goes to the debug log only, without secrets or signatures', async () => {
    const events: MockLogEvent[] = [];
    const logged = createMockHandler({ ...fixedClock, log: (event) => events.push(event) });
    const request = await signedRequest(minimalBody, { credentials: { username: 'test', secret: 'not-the-secret' } });
    const signature = /signature="([^"]+)"/.exec(request.headers.get('authorization')!)![1]!;
    const { envelope } = await send(logged, request);
    const failure = events.find((event) => event.type === 'verification_failed');
    expect(failure).toMatchObject({
      reason: 'signature_mismatch',
      username: 'test',
      signedHeaders: [...signingConfig.defaultHeaderOrder],
    });
    expect(failure && 'signingString' in failure && failure.signingString).toContain(
      `POST ${mockRoute.path} HTTP/1.1\nx-date: `,
    );
    const everything = JSON.stringify(events) + JSON.stringify(envelope);
    for (const secret of ['test-secret', 'not-the-secret', signature]) expect(everything).not.toContain(secret);
    expect(String(envelope.client_message).length).toBeLessThan(100);
  });

  test('400 naming the JSON paths of a schema-invalid, correctly signed body', async () => {
    const body = JSON.stringify({
      participant_unique_id1: 'x'.repeat(101),
      language_locale_code: 'xx-XX',
      recipient_information: {},
      colour: 'red',
    });
    const { status, envelope } = await send(mock, await signedRequest(body));
    expect(status).toBe(400);
    expect(envelope.status).toBe(400);
    for (const path of ['/participant_unique_id1', '/language_locale_code', '/colour'])
      expect(envelope.client_message).toContain(path);
  });

  test('400 when a required field is missing names it', async () => {
    const { envelope } = await send(mock, await signedRequest('{"participant_unique_id1":"a"}'));
    expect(envelope.client_message).toContain('/recipient_information');
  });

  test('an unsigned body that is not even JSON gets 401: the signature is checked before parsing', async () => {
    const request = new Request(endpointUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"participant',
    });
    const { status, envelope } = await send(mock, request);
    expect(status).toBe(401);
    expect(envelope.client_message).not.toMatch(/JSON/);
  });

  test('an unsigned schema-invalid body gets 401, never schema detail', async () => {
    const request = new Request(endpointUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"colour":"red"}',
    });
    const { status, envelope } = await send(mock, request);
    expect(status).toBe(401);
    expect(envelope.client_message).not.toContain('colour');
  });

  test('a body with thousands of schema errors gets a short message', async () => {
    const body = JSON.stringify(Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`extra_${i}`, i])));
    const { status, envelope } = await send(
      createMockHandler({ now: () => FIXED_NOW, maxJsonMembers: 5000 }),
      await signedRequest(body),
    );
    expect(status).toBe(400);
    expect(String(envelope.client_message).length).toBeLessThanOrEqual(700);
    expect(envelope.client_message).toMatch(/and \d+ more/);
  });

  test.each([
    ['empty', ''],
    ['longer than 250 characters', 'k'.repeat(signingConfig.idempotency.maxKeyLength + 1)],
  ])('400 for an Idempotency-Key that is %s', async (_name, key) => {
    const { status, envelope } = await send(
      mock,
      await signedRequest(minimalBody, { headers: { 'Idempotency-Key': key } }),
    );
    expect(status).toBe(400);
    expect(envelope.client_message).toMatch(/Idempotency-Key/);
  });

  test('an Idempotency-Key of exactly 250 characters is accepted', async () => {
    const key = 'k'.repeat(signingConfig.idempotency.maxKeyLength);
    expect((await send(mock, await signedRequest(minimalBody, { headers: { 'Idempotency-Key': key } }))).status).toBe(
      200,
    );
  });

  test('time is the measured processing time', async () => {
    let clock = 0;
    const timed = createMockHandler({ ...fixedClock, monotonicNow: () => (clock += 1.5) });
    const { envelope } = await send(timed, await signedRequest(minimalBody));
    expect(envelope.time).toBe(0.0015);
  });
});

describe('createMockHandler: options', () => {
  test.each([
    [{ faults: { failRate: 2 } }, /failRate/],
    [{ faults: { dropAfterCommitRate: -0.1 } }, /dropAfterCommitRate/],
    [{ faults: { latencyMs: Number.NaN } }, /latencyMs/],
    [{ faults: { rateLimitPerSecond: 0 } }, /rateLimitPerSecond/],
    [{ maxBodyBytes: 0 }, /maxBodyBytes/],
    [{ clockSkewSeconds: -1 }, /clockSkewSeconds/],
    [{ credentials: [] }, /credentials/],
    [{ credentials: { username: 'x', secret: '' } }, /secret/],
    [{ maxKeys: 0 }, /maxKeys/],
    [{ maxKeys: 1.5 }, /maxKeys/],
    [{ idempotencyWindowSeconds: 0 }, /idempotencyWindowSeconds/],
  ])('rejects %j', (options, message) => {
    expect(() => createMockHandler(options)).toThrow(message);
  });
});
