import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spec } from '../generated/spec.js';
import { verifyRequest, type VerifyResult } from '../src/signing/verify-request.js';
import type { CreateSessionBody, SessionClientOptions } from '../src/client/session-client-types.js';

/** Test credentials. The secret is distinctive so that redaction tests can search for it. */
export const TEST_USERNAME = 'test-user';
export const TEST_SECRET = 'test-secret-Zq8vX3';
/** The fixed start of every test clock. */
export const TEST_START = Date.parse('2026-04-01T20:18:47Z');

/** A valid body (the spec's minimal example). */
export const minimalBody = spec.components.examples.MinimalRequest.value as CreateSessionBody;
/** The spec's success example (status 100). */
export const createdEnvelope = spec.components.examples.Created.value;

/** A clock that starts at TEST_START and moves `stepMs` forward on every reading. */
export function tickingClock(stepMs = 1000, startMs = TEST_START): () => Date {
  let t = startMs - stepMs;
  return () => new Date((t += stepMs));
}

/** A JSON answer. */
export function jsonAnswer(httpStatus: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: httpStatus,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** An Ingo error envelope answer. */
export function envelopeAnswer(httpStatus: number, status: number, headers: Record<string, string> = {}): Response {
  return jsonAnswer(httpStatus, { status, client_message: `test error ${status}`, time: 0.001 }, headers);
}

/** What the fake server saw of one request. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  verification: VerifyResult;
}

/**
 * An in-process Create Session server as a fetch function: records every request, verifies its
 * signature with verifyRequest on the server's clock, and answers with `respond` (by default
 * 401 for a bad signature and the spec's success example otherwise).
 */
export function createFakeIngo({
  serverNow = () => new Date(TEST_START),
  respond = (seen: SeenRequest) => (seen.verification.ok ? jsonAnswer(200, createdEnvelope) : envelopeAnswer(401, 401)),
}: { serverNow?: () => Date; respond?: (seen: SeenRequest, index: number) => Response | Promise<Response> } = {}) {
  const seen: SeenRequest[] = [];
  const fetch = async (input: string | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = await request.text();
    const url = new URL(request.url);
    const path = url.pathname + url.search;
    const verification = await verifyRequest(
      { method: request.method, path, headers: request.headers, body },
      (name) => (name === TEST_USERNAME ? TEST_SECRET : undefined),
      {
        now: serverNow(),
      },
    );
    const request_ = { method: request.method, path, headers: Object.fromEntries(request.headers), body, verification };
    seen.push(request_);
    return respond(request_, seen.length - 1);
  };
  return { fetch, seen };
}

/** Client options for tests: fake credentials, a fixed ticking clock, no real waiting. */
export function testClientOptions(overrides: Partial<SessionClientOptions> = {}): SessionClientOptions {
  return {
    username: TEST_USERNAME,
    secret: TEST_SECRET,
    baseUrl: 'http://ingo.test',
    now: tickingClock(),
    rateLimit: false,
    sleep: async () => {},
    random: () => 0.5,
    ...overrides,
  };
}

/** A node:http server on 127.0.0.1, port 0; `close` also drops open connections so no test hangs. */
export async function startLoopbackServer(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Reads a node:http request's body. */
export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
