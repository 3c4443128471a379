import { afterEach, expect, test, vi } from 'vitest';
import { BodySourceRequest } from '../signing/signing-middleware.js';
import { forwardToNodeFetch } from './forward-to-node-fetch.js';

afterEach(() => vi.unstubAllGlobals());

const answer = () => Promise.resolve(new Response('{}'));
const signed = () =>
  new BodySourceRequest('http://127.0.0.1:9/api/v1/sessions/point-in-time/plugin?x=1', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'hmac username="u"' },
    body: '{"a":"é"}',
    redirect: 'manual',
  });

test("Node's global fetch gets the URL and an init holding the very bytes, headers, redirect mode and the attempt's signal", async () => {
  const fetch = vi.fn((_input: unknown, _init?: RequestInit) => answer());
  vi.stubGlobal('fetch', fetch);
  const forward = forwardToNodeFetch(fetch as unknown as typeof globalThis.fetch);
  const request = signed();
  const controller = new AbortController();
  await forward(request, { signal: controller.signal });
  const [input, init] = fetch.mock.calls[0]!;
  expect(input).toBe('http://127.0.0.1:9/api/v1/sessions/point-in-time/plugin?x=1');
  expect(init).toMatchObject({ method: 'POST', body: '{"a":"é"}', redirect: 'manual', signal: controller.signal });
  expect(init!.headers).toBe(request.headers);
  // Without an attempt signal, the request's own signal still reaches fetch.
  await forward(request);
  expect(fetch.mock.calls[1]![1]!.signal).toBe(request.signal);
});

test('any other fetch, and a Request without a remembered body, are passed the Request untouched', async () => {
  const global = vi.fn((_input: unknown, _init?: RequestInit) => answer());
  vi.stubGlobal('fetch', global);
  const handler = vi.fn((_request: Request, _init?: { signal?: AbortSignal }) => answer());
  const request = signed();
  expect(forwardToNodeFetch(handler)).toBe(handler);
  await forwardToNodeFetch(handler)(request);
  expect(handler.mock.calls[0]![0]).toBe(request);

  const plain = new Request('http://127.0.0.1:9/', { method: 'POST', body: 'x' });
  await forwardToNodeFetch(global as unknown as typeof globalThis.fetch)(plain);
  expect(global.mock.calls[0]![0]).toBe(plain);
});

test('a Request with any other option set is passed as it is, so that nothing is dropped', async () => {
  const fetch = vi.fn((_input: unknown, _init?: RequestInit) => answer());
  vi.stubGlobal('fetch', fetch);
  const withIntegrity = new BodySourceRequest('http://127.0.0.1:9/', {
    method: 'POST',
    body: 'x',
    integrity: 'sha256-abc',
  });
  await forwardToNodeFetch(fetch as unknown as typeof globalThis.fetch)(withIntegrity);
  expect(fetch.mock.calls[0]![0]).toBe(withIntegrity);
});

test("createSession against a mock on loopback goes through Node's fetch as URL and init, signed and accepted", async () => {
  const { startMock } = await import('../mock/start-mock.js');
  const { createSessionClient } = await import('./create-session-client.js');
  const { spec } = await import('../../generated/spec.js');
  const credentials = { username: 'forward-user', secret: 'forward-secret-0123456789' };
  const mock = await startMock({ credentials });
  const realFetch = globalThis.fetch;
  const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => realFetch(input, init));
  vi.stubGlobal('fetch', fetch);
  try {
    const client = createSessionClient({
      ...credentials,
      baseUrl: mock.url,
      fetch: globalThis.fetch,
      rateLimit: false,
    });
    const result = await client.createSession(spec.components.examples.MinimalRequest.value as never);
    expect(result.data?.status).toBe(100);
    expect(typeof fetch.mock.calls[0]![0]).toBe('string');
  } finally {
    await mock.close();
  }
});
