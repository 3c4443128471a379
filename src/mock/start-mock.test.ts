import { connect } from 'node:net';
import { describe, expect, test } from 'vitest';
import { startMock } from './start-mock.js';
import { endpointUrl, FIXED_NOW, minimalBody, signedInit } from '../../test-support/mock-test-kit.js';

const canConnect = (url: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('startMock', () => {
  test('serves on 127.0.0.1 and a free port, exposes its sessions, and close() ends kept-alive connections', async () => {
    const mock = await startMock({ now: () => FIXED_NOW });
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
    const response = await fetch(endpointUrl(mock.url), {
      ...(await signedInit(minimalBody)),
      signal: AbortSignal.timeout(5000),
    });
    expect(response.status).toBe(200);
    await response.text();
    expect(mock.sessions.size).toBe(1);
    expect(mock.handler.sessions).toBe(mock.sessions);
    await mock.close();
    expect(await canConnect(mock.url)).toBe(false);
  });

  test('rejects when the port is taken', async () => {
    const first = await startMock();
    try {
      await expect(startMock({ port: Number(new URL(first.url).port) })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
