import { BodySourceRequest } from '../signing/signing-middleware.js';
import type { ClientFetch } from './report-network-errors.js';

/**
 * Wraps the client's fetch so that, when it is Node's global fetch, a request openapi-fetch built
 * (a BodySourceRequest that remembers its string or bytes) is handed over as its URL and init
 * rather than as the Request itself. Given a Request with a body, Node's fetch copies it into a new
 * Request and pipes the body through a TransformStream: measured over loopback HTTP
 * (bench/client.bench.ts), that copy was about a fifth of the client's CPU per call. The request
 * sent is the same: method, URL, headers (as signed), the very bytes signed, and its options
 * (redirect, signal…). Any other fetch (an in-process handler, a test double, undici's own) gets
 * the Request as it is, since it may expect one.
 */
export function forwardToNodeFetch(fetch: ClientFetch): ClientFetch {
  if (fetch !== globalThis.fetch) return fetch;
  return (request, init) => {
    const body = request instanceof BodySourceRequest ? request.bodySource : undefined;
    if (body === undefined || request.bodyUsed) return fetch(request, init);
    const { method, headers, redirect, cache, credentials, integrity, keepalive, mode, referrer, referrerPolicy } = request;
    const forwarded: RequestInit = { method, headers, body: body as BodyInit, redirect, cache, credentials, integrity, keepalive, mode, referrer, referrerPolicy, signal: init?.signal ?? request.signal };
    return (fetch as typeof globalThis.fetch)(request.url, forwarded);
  };
}
