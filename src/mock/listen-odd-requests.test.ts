import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mockRoute } from './check-request-head.js';
import { createMockHandler } from './create-mock-handler.js';
import { listen } from './listen.js';
import { startMock, type RunningMock } from './start-mock.js';
import { createEnvelopeChecker, FIXED_NOW, minimalBody, signedInit } from '../../test-support/mock-test-kit.js';
import { lastJsonBody, rawHttp } from '../../test-support/raw-http.js';

const checkEnvelope = createEnvelopeChecker();
const path = mockRoute.path;

/** A raw request with the mock's signature for `body` (signed over the origin-form path). */
async function signedRaw(target: string, body = minimalBody, extra = ''): Promise<string> {
  const headers = (await signedInit(body, { now: FIXED_NOW })).headers as Record<string, string>;
  return `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}${extra}\r\n${body}`;
}

describe('listen: requests node would answer without an envelope', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ now: () => FIXED_NOW });
  });
  afterAll(() => mock.close());

  async function answer(text: string) {
    const result = await rawHttp(mock.url, [text], { waitMs: 1500 });
    expect(result.statuses.length, result.text).toBeGreaterThan(0);
    const status = result.statuses.at(-1)!;
    return {
      status,
      closed: result.closed,
      text: result.text,
      envelope: checkEnvelope(status, lastJsonBody(result.text)),
    };
  }

  test('HTTP/1.1 without Host: 400 envelope, connection closed', async () => {
    const { status, closed, envelope } = await answer(
      `POST ${path} HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
    );
    expect(status).toBe(400);
    expect(envelope.client_message).toMatch(/Host header/);
    expect(closed).toBe(true);
  });

  test('an Expect other than 100-continue: 417 envelope', async () => {
    const { status, envelope } = await answer(
      `POST ${path} HTTP/1.1\r\nHost: x\r\nExpect: fancy\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
    );
    expect(status).toBe(417);
    expect(envelope.client_message).toMatch(/100-continue/);
  });

  test('Expect: 100-continue is honoured and the request answered as usual', async () => {
    const { status, text, envelope } = await answer(
      await signedRaw(path, minimalBody, 'Expect: 100-continue\r\nConnection: close\r\n'),
    );
    expect(text.startsWith('HTTP/1.1 100 Continue')).toBe(true);
    expect(status).toBe(200);
    expect(envelope.status).toBe(100);
  });

  test('CONNECT: 405 envelope with Allow, connection closed', async () => {
    const { status, closed, text } = await answer('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
    expect(status).toBe(405);
    expect(text).toMatch(/\r\nAllow: POST\r\n/);
    expect(closed).toBe(true);
  });

  test('absolute-form targets are routed by their path and answered with envelopes', async () => {
    expect(
      (await answer(`POST http://127.0.0.1/nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`))
        .status,
    ).toBe(404);
    expect(
      (
        await answer(
          `POST http://evil.example${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
        )
      ).status,
    ).toBe(401);
    // The request line is signed as received: a signature over the origin-form path does not cover it.
    const { status, envelope } = await answer(
      await signedRaw(`http://127.0.0.1${path}`, minimalBody, 'Connection: close\r\n'),
    );
    expect(status).toBe(401);
    expect(envelope.client_message).toMatch(/signature/i);
  });
});

describe('listen: connection cap', () => {
  test('a connection beyond maxConnections gets a 503 envelope with Retry-After and is closed; others are served', async () => {
    const handler = createMockHandler({ now: () => FIXED_NOW });
    const mock = await listen(handler, { maxConnections: 2 });
    const { hostname, port } = new URL(mock.url);
    // The server's own 'connection' and 'close' events are the readiness signals: the cap's
    // listeners were added by listen, before these, so each has counted the socket when these run.
    const accepted = () => once(mock.server, 'connection') as Promise<[Socket]>;
    const idle: { client: Socket; server: Socket }[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const seen = accepted();
        const client = connect(Number(port), hostname);
        const [server] = await seen;
        idle.push({ client, server });
      }
      const refused = await rawHttp(mock.url, [await signedRaw(path)], { waitMs: 1500 });
      expect(refused.statuses).toEqual([503]);
      expect(refused.text).toMatch(/\r\nRetry-After: 1\r\n/);
      expect(refused.closed).toBe(true);
      expect(checkEnvelope(503, lastJsonBody(refused.text)).client_message).toMatch(/at most 2 connections/);
      expect(handler.sessions.size).toBe(0);

      const { client, server } = idle.pop()!;
      const closed = once(server, 'close');
      client.destroy();
      await closed;
      // Connection: close ends the exchange once it is answered, instead of at rawHttp's ceiling.
      const served = await rawHttp(mock.url, [await signedRaw(path, minimalBody, 'Connection: close\r\n')], {
        waitMs: 1500,
      });
      expect(served.statuses).toEqual([200]);
    } finally {
      for (const { client } of idle) client.destroy();
      await mock.close();
    }
  });

  test('rejects a nonsense cap', async () => {
    await expect(startMock({ maxConnections: 0 })).rejects.toThrow(/maxConnections/);
  });
});
