import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { specLimits } from '../spec/signing-config.js';
import { signRequest } from '../signing/sign-request.js';
import { mockRoute } from './check-request-head.js';
import { createMockHandler } from './create-mock-handler.js';
import { listen } from './listen.js';
import { envelopeCodes } from './mock-reply.js';
import { startMock, type RunningMock } from './start-mock.js';
import {
  createEnvelopeChecker,
  endpointUrl,
  FIXED_NOW,
  minimalBody,
  signedInit,
} from '../../test-support/mock-test-kit.js';
import { lastJsonBody, rawHttp } from '../../test-support/raw-http.js';

const checkEnvelope = createEnvelopeChecker();
const credentials = { username: 'test', secret: 'test-secret' };

/** A request head (and body) as raw bytes, signed at FIXED_NOW unless `headers` replace the signature. */
async function rawRequest(
  body: string | Buffer,
  extra: Record<string, string> = {},
  { signed = true } = {},
): Promise<Buffer> {
  const headers: Record<string, string> = signed
    ? await signRequest({ method: 'POST', path: mockRoute.path, body }, credentials, { now: new Date(FIXED_NOW) })
    : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) };
  const lines = Object.entries({ Host: 'mock', ...headers, ...extra }).map(([name, value]) => `${name}: ${value}\r\n`);
  return Buffer.concat([
    Buffer.from(`POST ${mockRoute.path} HTTP/1.1\r\n${lines.join('')}\r\n`, 'latin1'),
    Buffer.from(body),
  ]);
}

const nested = (depth: number) =>
  `{"participant_unique_id1":"deep","recipient_information":{"open_banking":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}}`;

describe('listen: the node:http adapter', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ now: () => FIXED_NOW, seed: 3, headersTimeoutMs: 300, requestTimeoutMs: 600 });
  });
  afterAll(() => mock.close());

  async function post(init: RequestInit, url = endpointUrl(mock.url)) {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
    return {
      status: response.status,
      headers: response.headers,
      envelope: checkEnvelope(response.status, await response.text()),
    };
  }

  test('listens on 127.0.0.1 and a free port by default', () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test('serves a signed request over HTTP', async () => {
    const { status, envelope } = await post(await signedInit(minimalBody));
    expect(status).toBe(200);
    expect(envelope.status).toBe(100);
  });

  test('404, 405 and 401 travel as envelopes, 401 with Date from the mock clock', async () => {
    expect((await post({ method: 'POST' }, `${mock.url}/nope`)).status).toBe(404);
    const notAllowed = await post({ method: 'GET' });
    expect(notAllowed.status).toBe(405);
    expect(notAllowed.headers.get('allow')).toBe('POST');
    const unauthorized = await post({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('date')).toBe(new Date(FIXED_NOW).toUTCString());
  });

  test('garbage bytes get a 400 envelope and a closed connection', async () => {
    const result = await rawHttp(mock.url, [Buffer.from([0x00, 0xff, 0x13, 0x37]), 'garbage\r\n\r\n']);
    expect(result.statuses).toEqual([400]);
    expect(result.closed).toBe(true);
    checkEnvelope(400, lastJsonBody(result.text));
  });

  test('a huge header gets 431 and a closed connection', async () => {
    const result = await rawHttp(mock.url, [await rawRequest(minimalBody, { 'X-Big': 'a'.repeat(64 * 1024) })]);
    expect(result.statuses).toEqual([431]);
    expect(result.closed).toBe(true);
    checkEnvelope(431, lastJsonBody(result.text));
  });

  test('a Content-Length above the limit gets 413 at once, without sending the body', async () => {
    const head = await rawRequest('', { 'Content-Length': String(10 * specLimits.maxBodyBytes) }, { signed: false });
    const result = await rawHttp(mock.url, [head], { waitMs: 3000 });
    expect(result.statuses).toEqual([413]);
    expect(result.text).toMatch(/connection: close/i);
    expect(result.closed).toBe(true);
  });

  test('a chunked body that streams past the limit gets 413 and a closed connection', async () => {
    const head = `POST ${mockRoute.path} HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const chunk = `4000\r\n${' '.repeat(0x4000)}\r\n`;
    const result = await rawHttp(mock.url, [head, ...Array.from({ length: 8 }, () => chunk)], {
      gapMs: 5,
      waitMs: 4000,
    });
    expect(result.statuses).toEqual([413]);
    expect(result.closed).toBe(true);
  });

  test('a Content-Length smaller than the body: the rest is parsed as garbage, 4xx and close', async () => {
    const body = '{"participant_unique_id1":"x"}';
    const head = await rawRequest('', { 'Content-Length': '5' }, { signed: false });
    const result = await rawHttp(mock.url, [Buffer.concat([head, Buffer.from(`${body}\r\n\r\n`)])]);
    expect(result.statuses.length).toBeGreaterThanOrEqual(1);
    for (const status of result.statuses) expect(status).toBeGreaterThanOrEqual(400);
    for (const status of result.statuses) expect(status).toBeLessThan(500);
    expect(result.closed).toBe(true);
  });

  test('a body that never completes is cut off with 408 after requestTimeoutMs', async () => {
    const head = await rawRequest('', { 'Content-Length': '100' }, { signed: false });
    // rawHttp's 5 s ceiling is far below node's 30 s default: a 408 and a close before it can only
    // come from this mock's requestTimeoutMs (600 ms), and `closed` says the mock, not rawHttp, hung up.
    const result = await rawHttp(mock.url, [head, '{"partic'], { waitMs: 5000 });
    expect(result.statuses).toEqual([408]);
    expect(result.closed).toBe(true);
  });

  test('a head that never completes is cut off after headersTimeoutMs', async () => {
    const result = await rawHttp(mock.url, [`POST ${mockRoute.path} HTTP/1.1\r\nHost: mo`], { waitMs: 5000 });
    expect(result.closed).toBe(true);
    for (const status of result.statuses) expect(status).toBe(408);
  });

  test('an invalid UTF-8 body, signed, gets 400', async () => {
    const result = await rawHttp(mock.url, [
      await rawRequest(Buffer.from([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x7d]), { Connection: 'close' }),
    ]);
    expect(result.statuses).toEqual([400]);
    checkEnvelope(400, lastJsonBody(result.text));
  });

  test('a signed body nested deeper than x-ingo-limits.mockMaxJsonDepth is a 400 naming the limit', async () => {
    const { status, envelope } = await post(
      await signedInit(nested(specLimits.mockMaxJsonDepth), { headers: { 'Idempotency-Key': 'deep-default' } }),
    );
    expect(status).toBe(400);
    expect(envelope.client_message).toMatch(new RegExp(`deeper than ${specLimits.mockMaxJsonDepth} levels`));
    expect((await post(await signedInit(nested(specLimits.mockMaxJsonDepth - 3)))).status).toBe(200);
  });

  test('with the depth limit lifted, a body nested 20,000 levels deep is staged and replayed without a crash', async () => {
    const deep = await startMock({ now: () => FIXED_NOW, seed: 3, maxJsonDepth: 1_000_000 });
    try {
      const send = async (init: RequestInit) => (await post(init, endpointUrl(deep.url))).envelope;
      const body = nested(20_000);
      expect(Buffer.byteLength(body)).toBeLessThan(specLimits.maxBodyBytes);
      expect((await send(await signedInit(body, { headers: { 'Idempotency-Key': 'deep' } }))).status).toBe(100);
      expect((await send(await signedInit(body, { headers: { 'Idempotency-Key': 'deep' } }))).status).toBe(101);
      expect((await send(await signedInit(nested(19_999), { headers: { 'Idempotency-Key': 'deep' } }))).status).toBe(
        envelopeCodes.idempotencyConflict.status,
      );
    } finally {
      await deep.close();
    }
  });

  test('deeply nested arrays as the whole body: 401 unsigned, 400 signed', async () => {
    const body = '['.repeat(30_000) + ']'.repeat(30_000);
    expect((await post({ method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(401);
    expect((await post(await signedInit(body))).status).toBe(400);
  });

  test('two pipelined requests on one connection are both answered', async () => {
    const result = await rawHttp(mock.url, [
      Buffer.concat([await rawRequest(minimalBody), await rawRequest(minimalBody, { Connection: 'close' })]),
    ]);
    expect(result.statuses).toEqual([200, 200]);
  });

  test('after all of that the server still serves', async () => {
    expect((await post(await signedInit(minimalBody))).status).toBe(200);
  });
});

describe('listen: dropped connections', () => {
  test('dropAfterCommitRate destroys the socket after the session is committed', async () => {
    const mock = await startMock({ now: () => FIXED_NOW, faults: { dropAfterCommitRate: 1 } });
    try {
      const error = await fetch(endpointUrl(mock.url), {
        ...(await signedInit(minimalBody)),
        signal: AbortSignal.timeout(5000),
      }).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(TypeError);
      expect(mock.sessions.size).toBe(1);
      const raw = await rawHttp(mock.url, [await rawRequest(minimalBody)]);
      expect(raw).toMatchObject({ text: '', closed: true });
      expect(mock.sessions.size).toBe(2);
    } finally {
      await mock.close();
    }
  });

  test('one engine behind both doors: a key created over HTTP is replayed through the fetch handler', async () => {
    const handler = createMockHandler({ now: () => FIXED_NOW });
    const server = await listen(handler);
    try {
      const init = await signedInit(minimalBody, { headers: { 'Idempotency-Key': 'both-doors' } });
      const overHttp = await fetch(endpointUrl(server.url), { ...init, signal: AbortSignal.timeout(5000) });
      const created = checkEnvelope(200, await overHttp.text());
      const replayed = checkEnvelope(200, await (await handler(new Request(endpointUrl(), init))).text());
      expect([created.status, replayed.status]).toEqual([100, 101]);
      expect((replayed.data as { session_identifier: string }).session_identifier).toBe(
        (created.data as { session_identifier: string }).session_identifier,
      );
      expect(handler.sessions.size).toBe(1);
    } finally {
      await server.close();
    }
  });
});
