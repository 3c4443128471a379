import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mockRoute } from './check-request-head.js';
import { startMock, type RunningMock } from './start-mock.js';
import { createEnvelopeChecker, FIXED_NOW, minimalBody, signedInit } from '../../test-support/mock-test-kit.js';
import { lastJsonBody, rawHttp } from '../../test-support/raw-http.js';

const checkEnvelope = createEnvelopeChecker();
const path = mockRoute.path;

/** A raw request with the mock's signature for `body` (signed over the origin-form path). */
function signedRaw(target: string, body = minimalBody, extra = ''): string {
  const headers = signedInit(body, { now: FIXED_NOW }).headers as Record<string, string>;
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
    const { status, text, envelope } = await answer(signedRaw(path, minimalBody, 'Expect: 100-continue\r\n'));
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
    expect((await answer(`POST http://127.0.0.1/nope HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n`)).status).toBe(
      404,
    );
    expect(
      (
        await answer(
          `POST http://evil.example${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
        )
      ).status,
    ).toBe(401);
    // The request line is signed as received: a signature over the origin-form path does not cover it.
    const { status, envelope } = await answer(signedRaw(`http://127.0.0.1${path}`));
    expect(status).toBe(401);
    expect(envelope.client_message).toMatch(/signature/i);
  });
});

describe('listen: connection cap', () => {
  test('a connection beyond maxConnections gets a 503 envelope with Retry-After and is closed; others are served', async () => {
    const mock = await startMock({ now: () => FIXED_NOW, maxConnections: 2 });
    const { hostname, port } = new URL(mock.url);
    const idle: Socket[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const socket = connect(Number(port), hostname);
        await new Promise((resolve) => socket.once('connect', resolve));
        idle.push(socket);
      }
      // Let the server see both connections before the third arrives.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const refused = await rawHttp(mock.url, [signedRaw(path)], { waitMs: 1500 });
      expect(refused.statuses).toEqual([503]);
      expect(refused.text).toMatch(/\r\nRetry-After: 1\r\n/);
      expect(refused.closed).toBe(true);
      expect(checkEnvelope(503, lastJsonBody(refused.text)).client_message).toMatch(/at most 2 connections/);
      expect(mock.sessions.size).toBe(0);

      idle.pop()!.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const served = await rawHttp(mock.url, [signedRaw(path)], { waitMs: 1500 });
      expect(served.statuses).toEqual([200]);
    } finally {
      for (const socket of idle) socket.destroy();
      await mock.close();
    }
  });

  test('rejects a nonsense cap', async () => {
    await expect(startMock({ maxConnections: 0 })).rejects.toThrow(/maxConnections/);
  });
});
