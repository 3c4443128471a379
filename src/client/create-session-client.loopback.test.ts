import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { verifyRequest } from '../signing/verify-request.js';
import { createSessionClient } from './create-session-client.js';
import {
  TEST_SECRET,
  TEST_START,
  createdEnvelope,
  minimalBody,
  readBody,
  startLoopbackServer,
  testClientOptions,
} from '../../test-support/fake-ingo.js';

// Real sockets through Node's fetch: the paths an in-process handler cannot show (a server that
// never answers, one that stops half-way through its body, a refused connection).
describe("through Node's fetch to loopback servers", () => {
  let server: Awaited<ReturnType<typeof startLoopbackServer>>;
  let mode: 'answer' | 'silent' | 'stall-body' = 'answer';
  const hanging: ServerResponse[] = [];
  let requests = 0;
  let abandoned = 0;
  beforeAll(async () => {
    server = await startLoopbackServer(async (request, response) => {
      requests += 1;
      const body = await readBody(request);
      if (mode === 'silent') {
        response.once('close', () => (abandoned += 1));
        return void hanging.push(response);
      }
      if (mode === 'stall-body') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"status":');
        return void hanging.push(response);
      }
      const verdict = await verifyRequest(
        { method: request.method!, path: request.url!, headers: request.headers as Record<string, string>, body },
        () => TEST_SECRET,
        {
          now: new Date(TEST_START),
        },
      );
      const ok = verdict.ok && request.headers['content-length'] === String(Buffer.byteLength(body));
      response
        .writeHead(ok ? 200 : 401, { 'content-type': 'application/json' })
        .end(JSON.stringify(ok ? createdEnvelope : { status: 401, client_message: 'no' }));
    });
  });
  afterAll(() => server.close());

  const client = (overrides: Parameters<typeof testClientOptions>[0] = {}) =>
    createSessionClient(testClientOptions({ baseUrl: server.url, fetch: globalThis.fetch, ...overrides }));

  test('a signed call succeeds end to end', async () => {
    mode = 'answer';
    const result = await client().createSession(minimalBody);
    expect(result.data).toEqual(createdEnvelope);
  });

  test('a server that never answers ends in a TimeoutError within the time limit, after the retries', async () => {
    mode = 'silent';
    requests = 0;
    abandoned = 0;
    const events: string[] = [];
    const error = await client({
      timeoutMs: 150,
      retries: 1,
      onAttempt: ({ attempt }) => void events.push(`send ${attempt}`),
      onAnswer: ({ attempt, outcome, decision }) => void events.push(`${outcome} ${attempt}: ${decision}`),
    })
      .createSession(minimalBody)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 150, attempts: 2 });
    expect((error as Error).message).toContain(`POST ${server.url}/api/v1/sessions/point-in-time/plugin`);
    // Each attempt ran out of time on its own: the retry is sent only after the first timed out.
    expect(events).toEqual(['send 1', 'timeout 1: retry', 'send 2', 'timeout 2: give-up']);
    expect(requests).toBe(2);
    // The client hung up on both requests the server held, rather than leaving them open.
    await vi.waitFor(() => expect(abandoned).toBe(2), { timeout: 5_000 });
  });

  test('a body that stops half-way is cut off by the time limit too', async () => {
    mode = 'stall-body';
    await expect(client({ timeoutMs: 150, retries: 0 }).createSession(minimalBody)).rejects.toBeInstanceOf(
      TimeoutError,
    );
  });

  test("the caller's abort rejects with the signal's AbortError, without retrying", async () => {
    mode = 'silent';
    requests = 0;
    const controller = new AbortController();
    const call = client({ timeoutMs: 10_000 }).createSession(minimalBody, { signal: controller.signal });
    // Abort once the server holds the request (a fixed 50 ms raced the request on a loaded machine).
    await vi.waitFor(() => expect(requests).toBe(1), { timeout: 5_000 });
    controller.abort();
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(requests).toBe(1);
  });

  test('an already aborted signal sends nothing', async () => {
    requests = 0;
    await expect(client().createSession(minimalBody, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(requests).toBe(0);
  });

  test('a refused connection is a NetworkError naming the cause', async () => {
    const closed = await startLoopbackServer(() => {});
    await closed.close();
    const error = await client({ baseUrl: closed.url, retries: 1 })
      .createSession(minimalBody)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 2 });
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
  });
});
