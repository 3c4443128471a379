import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SignedPaths } from '../client/session-client-types.js';
import { readBody, startLoopbackServer } from '../../test-support/fake-ingo.js';
import { signingConfig } from '../spec/signing-config.js';
import { signingMiddleware } from './signing-middleware.js';
import { verifyRequest } from './verify-request.js';

const NOW = new Date('2026-04-01T20:18:47Z');
const credentials = { username: 'mw-user', secret: 'mw-secret' };
const path = '/api/v1/sessions/point-in-time/plugin';
const body = { participant_unique_id1: 'p-1', recipient_information: { first_name: 'Zoë', city: 'Zürich' } };

interface Seen {
  request: Request;
  body: string;
}

/** An openapi-fetch client whose fetch records what would go on the wire. */
function recordingClient(
  options: { Request?: typeof Request; middleware?: Parameters<typeof signingMiddleware>[0] } = {},
) {
  const seen: Seen[] = [];
  const client = createClient<SignedPaths>({
    baseUrl: 'http://ingo.test',
    ...(options.Request && { Request: options.Request }),
    fetch: async (request) => {
      seen.push({ request, body: await request.text() });
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
  client.use(signingMiddleware({ ...credentials, now: () => NOW, ...options.middleware }));
  return { client, seen };
}

function verify({ request, body: sent }: Seen, options: Parameters<typeof verifyRequest>[2] = {}) {
  const url = new URL(request.url);
  return verifyRequest(
    { method: request.method, path: url.pathname + url.search, headers: request.headers, body: sent },
    () => credentials.secret,
    { now: NOW, ...options },
  );
}

describe('a plain Request (body read through a clone)', () => {
  test('signs the exact serialized body, and the body is still sent', async () => {
    const { client, seen } = recordingClient();
    await client.POST(path, { body });
    expect(seen[0]!.body).toBe(JSON.stringify(body));
    expect(await verify(seen[0]!)).toEqual({ ok: true, username: credentials.username, algorithm: 'hmac-sha512' });
    expect(seen[0]!.request.headers.get('content-length')).toBe(String(Buffer.byteLength(JSON.stringify(body))));
    expect(seen[0]!.request.headers.get('x-date')).toBe('Wed, 01 Apr 2026 20:18:47 GMT');
  });
});

test('replaces, never duplicates, signing headers already on the request', async () => {
  const { client, seen } = recordingClient();
  const stale = {
    'X-Date': 'Mon, 01 Jan 2024 00:00:00 GMT',
    'Content-sha512': 'stale',
    'Content-sha256': 'stale',
    'Content-Length': 1,
    Authorization: 'hmac username="x", algorithm="hmac-sha512", headers="x-date", signature="stale"',
  };
  await client.POST(path, { body, headers: stale });
  const headers = seen[0]!.request.headers;
  expect(headers.get('x-date')).toBe('Wed, 01 Apr 2026 20:18:47 GMT');
  expect(headers.get('content-sha256')).toBeNull();
  // A duplicated header would read back as "old, new".
  expect(headers.get('content-sha512')).toMatch(/^[A-Za-z0-9+/]{86}==$/);
  expect(headers.get('authorization')).toMatch(/^hmac username="mw-user", [^,]*, [^,]*, signature="[A-Za-z0-9+/=]+"$/);
  expect(headers.get('content-length')).toBe(String(Buffer.byteLength(JSON.stringify(body))));
  expect((await verify(seen[0]!)).ok).toBe(true);
});

test('signs with the legacy algorithm and its digest header', async () => {
  const { client, seen } = recordingClient({
    middleware: { ...credentials, algorithm: signingConfig.legacyAlgorithm },
  });
  await client.POST(path, { body, headers: { 'Content-sha512': 'left over' } });
  const headers = seen[0]!.request.headers;
  expect(headers.get('content-sha256')).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  expect(headers.get('content-sha512')).toBeNull();
  expect(await verify(seen[0]!)).toMatchObject({ ok: true, algorithm: 'hmac-sha256' });
});

test('follows a custom header order, signing extra headers with the values sent', async () => {
  const headerOrder = [...signingConfig.alternateHeaderOrder, 'idempotency-key'];
  const { client, seen } = recordingClient({ middleware: { ...credentials, headerOrder } });
  await client.POST(path, { body, params: { header: { 'Idempotency-Key': 'key-1' } } });
  expect(seen[0]!.request.headers.get('authorization')).toContain(`headers="${headerOrder.join(' ')}"`);
  expect(
    (await verify(seen[0]!, { requiredHeaders: headerOrder.filter((name) => !name.startsWith('content-sha')) })).ok,
  ).toBe(true);
});

test('signs the query string and an empty body', async () => {
  const seen: Seen[] = [];
  // Any API: the middleware knows nothing of Create Session.
  const client = createClient<{
    '/items': {
      get: { parameters: { query: { a: string } }; responses: { 200: { content: { 'application/json': unknown } } } };
    };
  }>({
    baseUrl: 'http://api.test/v2',
    fetch: async (request) => {
      seen.push({ request, body: await request.text() });
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
  client.use(signingMiddleware({ ...credentials, now: () => NOW }));
  await client.GET('/items', { params: { query: { a: '1 2' } } });
  expect(seen[0]!.request.url).toBe('http://api.test/v2/items?a=1%202');
  expect(seen[0]!.request.url).toContain('?a=1%202');
  expect(seen[0]!.request.headers.get('content-length')).toBe('0');
  expect((await verify(seen[0]!)).ok).toBe(true);
});

test('reads the clock on every request', async () => {
  let t = NOW.getTime();
  const { client, seen } = recordingClient({ middleware: { ...credentials, now: () => new Date((t += 1000)) } });
  await client.POST(path, { body });
  await client.POST(path, { body });
  expect(seen.map((each) => each.request.headers.get('x-date'))).toEqual([
    'Wed, 01 Apr 2026 20:18:48 GMT',
    'Wed, 01 Apr 2026 20:18:49 GMT',
  ]);
});

describe("through Node's fetch to a loopback server", () => {
  let server: Awaited<ReturnType<typeof startLoopbackServer>>;
  const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  beforeAll(async () => {
    server = await startLoopbackServer(async (request, response) => {
      received.push({ headers: request.headers, body: await readBody(request) });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  afterAll(() => server.close());

  test('Content-Length matches the bytes on the wire, once, and the signature verifies', async () => {
    const client = createClient<SignedPaths>({ baseUrl: server.url });
    client.use(signingMiddleware({ ...credentials, now: () => NOW }));
    const { response } = await client.POST(path, { body, signal: AbortSignal.timeout(5_000) });
    expect(response.status).toBe(200);
    const [{ headers, body: wire }] = received as [(typeof received)[number]];
    expect(headers['content-length']).toBe(String(Buffer.byteLength(wire)));
    const verdict = await verifyRequest(
      { method: 'POST', path, headers: headers as Record<string, string>, body: wire },
      () => credentials.secret,
      { now: NOW },
    );
    expect(verdict.ok).toBe(true);
  });
});

test('signs the path and query of the request line, never a fragment', async () => {
  const middleware = signingMiddleware({ ...credentials, now: () => NOW });
  const request = new Request('http://ingo.test/base/p?q=1#fragment', {
    method: 'POST',
    body: '{}',
    headers: { 'content-type': 'application/json' },
  });
  const signed = (await middleware.onRequest!({
    request,
    schemaPath: '/p',
    params: {},
    id: 'x',
    options: {} as never,
  })) as Request;
  const verdict = await verifyRequest(
    { method: 'POST', path: '/base/p?q=1', headers: signed.headers, body: '{}' },
    () => credentials.secret,
    { now: NOW },
  );
  expect(verdict.ok).toBe(true);
});
