import { parseAuthorization } from '../../src/signing/authorization-header.js';
import { parseHttpDate } from '../../src/signing/http-date.js';
import { signRequest, type Credentials } from '../../src/signing/sign-request.js';
import { nodeSigningCrypto } from '../../src/signing/signing-crypto.js';
import { verifyRequest, type VerifyOptions } from '../../src/signing/verify-request.js';
import { headerSpelling, signingConfig, isSigningAlgorithm } from '../../src/spec/signing-config.js';
import type { FetchLike } from '../send-case-request.js';
import { successStatuses } from '../spec-facts.js';

/**
 * Deliberately broken servers for the mutation tests: each wraps the real mock handler and breaks
 * exactly one rule, so that the conformance suite must fail exactly the cases about that rule.
 */

/** 200 responses carry `time` as a string instead of a number. */
export function withTimeAsString(handler: FetchLike): FetchLike {
  return async (request) => {
    const response = await handler(request);
    if (response.status !== 200) return response;
    const body = (await response.json()) as Record<string, unknown>;
    return json(response.status, { ...body, time: String(body.time) }, response.headers);
  };
}

/** A replay (101) reports a new session id: the server created a second session. */
export function withReplayCreatingNewSession(handler: FetchLike, newId: () => string): FetchLike {
  return async (request) => {
    const response = await handler(request);
    const text = await response.text();
    const body = JSON.parse(text) as { status: number; data?: { session_identifier: string } };
    if (body.status !== successStatuses.replayed || !body.data) return new Response(text, response);
    const fresh = newId();
    return new Response(text.replaceAll(body.data.session_identifier, fresh), response);
  };
}

/** A body that is not JSON crashes the server: HTTP 500 with an error envelope. */
export function withServerErrorOnMalformedJson(handler: FetchLike): FetchLike {
  return async (request) => {
    const bytes = new Uint8Array(await request.arrayBuffer());
    try {
      JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch {
      return json(500, { status: 500, client_message: 'Internal Server Error', time: 0 });
    }
    return handler(copyRequest(request, bytes));
  };
}

/**
 * The server never compares the digest header with the body: a request whose signature is valid
 * over the headers as sent is re-signed with the true digest of the received body and forwarded.
 */
export function withoutDigestCheck(handler: FetchLike, credentials: Credentials, now: () => number): FetchLike {
  return resigningWrapper(handler, credentials, (request, claimedDigest) => ({
    now: now(),
    crypto: { ...nodeSigningCrypto, digest: () => claimedDigest },
    signAt: dateOf(request),
  }));
}

/** The server accepts any X-Date: a validly signed request is re-signed at the mock's time and forwarded. */
export function withStaleDatesAccepted(handler: FetchLike, credentials: Credentials, now: () => number): FetchLike {
  return resigningWrapper(handler, credentials, () => ({
    now: now(),
    clockSkewSeconds: Infinity,
    signAt: new Date(now()),
  }));
}

export type Leniency = (request: Request, claimedDigest: string) => VerifyOptions & { signAt: Date };

/** Forwards a request that verifies under `lenient` re-signed (at `signAt`) so the real mock accepts it; anything else unchanged. */
export function resigningWrapper(handler: FetchLike, credentials: Credentials, lenient: Leniency): FetchLike {
  return async (request) => {
    const bytes = new Uint8Array(await request.arrayBuffer());
    const url = new URL(request.url);
    const path = url.pathname + url.search;
    const authorization = request.headers.get('authorization') ?? '';
    let parsed;
    try {
      parsed = parseAuthorization(authorization);
    } catch {
      return handler(copyRequest(request, bytes));
    }
    if (!isSigningAlgorithm(parsed.algorithm)) return handler(copyRequest(request, bytes));
    const digestHeader = signingConfig.algorithms[parsed.algorithm].digestHeader;
    const { signAt, ...options } = lenient(request, request.headers.get(digestHeader) ?? '');
    const verdict = await verifyRequest(
      { method: request.method, path, headers: request.headers, body: bytes },
      (user) => (user === credentials.username ? credentials.secret : undefined),
      options,
    );
    if (!verdict.ok) return handler(copyRequest(request, bytes));
    const resigned = await signRequest(
      {
        method: request.method,
        path,
        body: bytes,
        contentType: request.headers.get(signingConfig.contentTypeHeader) ?? '',
      },
      credentials,
      { now: signAt, algorithm: parsed.algorithm, headerOrder: parsed.headers },
    );
    const headers = new Headers(request.headers);
    for (const [name, value] of Object.entries(resigned))
      if (name.toLowerCase() !== signingConfig.contentLengthHeader) headers.set(name, value);
    return handler(new Request(request.url, { method: request.method, headers, body: bytes }));
  };
}

function dateOf(request: Request): Date {
  return new Date(
    parseHttpDate(request.headers.get(headerSpelling[signingConfig.dateHeader] ?? signingConfig.dateHeader) ?? '') ?? 0,
  );
}

/** The request again with its body already read (a Request body can be read once). */
export function copyRequest(request: Request, bytes: Uint8Array): Request {
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: bytes as Uint8Array<ArrayBuffer>,
  });
}

/** A JSON response with the given status and body (and headers, Content-Length dropped). */
export function json(status: number, body: unknown, headers?: Headers): Response {
  const out = new Headers(headers);
  out.set('content-type', 'application/json');
  out.delete('content-length');
  return new Response(JSON.stringify(body), { status, headers: out });
}
