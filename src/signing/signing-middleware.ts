import type { Middleware } from 'openapi-fetch';
import { digestHeaders, headerSpelling, signingConfig, type SigningAlgorithm } from '../spec/signing-config.js';
import { signRequest, type Credentials, type SignableRequest } from './sign-request.js';
import { signRequestAsync } from './sign-request-async.js';
import { hasNodeCrypto, type SigningCrypto } from './signing-crypto.js';
import { isAsyncSigningCrypto, webSigningCrypto, type AsyncSigningCrypto } from './web-signing-crypto.js';

/** Options of the openapi-fetch signing middleware. */
export interface SigningMiddlewareOptions extends Credentials {
  /** The clock, read once per request; `() => new Date()` by default. */
  now?: () => Date;
  /** `hmac-sha512` by default; `hmac-sha256` for legacy integrations. */
  algorithm?: SigningAlgorithm;
  /** Signed header names in order; the spec's default order by default. */
  headerOrder?: readonly string[];
  /**
   * Cryptography; node:crypto by default, WebCrypto where the runtime has no node:crypto. An
   * AsyncSigningCrypto is awaited (signRequestAsync); a SigningCrypto is not.
   */
  crypto?: SigningCrypto | AsyncSigningCrypto;
}

/**
 * A Request that remembers the string or bytes it was built with, so the signing middleware can
 * sign them without reading the body stream (reading a clone costs far more than signing). Pass it
 * to openapi-fetch as `createClient({ Request: BodySourceRequest })`; any other Request works too,
 * through a clone of its body.
 */
export class BodySourceRequest extends Request {
  /** The body exactly as given to the constructor, when it was a string or bytes. */
  readonly bodySource: string | Uint8Array | undefined;

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    const body = init?.body;
    this.bodySource = typeof body === 'string' || body instanceof Uint8Array ? body : undefined;
  }
}

// The digest header of each algorithm, spelt for sending: re-signing with one algorithm drops the
// other's digest, so a stale one can never travel next to the new one.
const digestSpellings = digestHeaders.map((name) => headerSpelling[name] ?? name);
const contentTypeSpelling = headerSpelling[signingConfig.contentTypeHeader] ?? signingConfig.contentTypeHeader;

/**
 * The openapi-fetch middleware that signs every request with Ingo's HMAC scheme. Thin: it reads the
 * exact serialized body, hands method, path and query, Content-Type and body bytes to
 * `signRequest`, and sets the headers it returns on the request, replacing (never duplicating) any
 * X-Date, digest, Content-Length or Authorization already there. Content-Length is the byte length
 * of the very bytes signed, so it can never disagree with the body (Node's fetch would throw, or
 * hang, if it did).
 *
 * The headers are set on the request openapi-fetch built for this call (a fresh one per call), as
 * openapi-fetch's own middleware examples do; building another Request would cost more than the
 * signature.
 */
export function signingMiddleware({
  username,
  secret,
  now = () => new Date(),
  algorithm,
  headerOrder,
  crypto = hasNodeCrypto ? undefined : webSigningCrypto,
}: SigningMiddlewareOptions): Middleware {
  const credentials: Credentials = { username, secret };
  // Decided once: with a synchronous crypto (the Node path) the signature is computed in place,
  // never awaited; only an AsyncSigningCrypto goes through signRequestAsync.
  const asyncCrypto = crypto && isAsyncSigningCrypto(crypto) ? crypto : undefined;
  const syncCrypto = asyncCrypto ? undefined : (crypto as SigningCrypto | undefined);
  return {
    async onRequest({ request }) {
      // The remembered bytes are taken as they are: no await (a microtask) on the common path.
      const body =
        request instanceof BodySourceRequest && request.bodySource !== undefined
          ? request.bodySource
          : await readBody(request);
      const extra = extraSignedHeaders(request.headers, headerOrder);
      const contentType = request.headers.get(signingConfig.contentTypeHeader) ?? undefined;
      const parts: SignableRequest = {
        method: request.method,
        path: pathAndQuery(request.url),
        body,
        contentType,
        ...(extra && { headers: extra }),
      };
      const signed = asyncCrypto
        ? await signRequestAsync(parts, credentials, { now: now(), algorithm, headerOrder, crypto: asyncCrypto })
        : signRequest(parts, credentials, { now: now(), algorithm, headerOrder, crypto: syncCrypto });
      // set() replaces any value already there (the previous attempt's, or the caller's).
      for (const name of digestSpellings) if (!(name in signed)) request.headers.delete(name);
      for (const name in signed)
        if (name !== contentTypeSpelling || signed[name] !== contentType) request.headers.set(name, signed[name]!);
      return request;
    },
  };
}

/** The exact body bytes a request without remembered bytes will send. */
async function readBody(request: Request): Promise<string | Uint8Array> {
  if (request.body === null) return '';
  // A clone leaves the original's body unread, so it is still sent.
  return new Uint8Array(await request.clone().arrayBuffer());
}

/**
 * The origin-form target of an absolute URL (`/path?query`), as it goes on the request line. A
 * Request's URL is already normalised (a path always follows the host), so slicing is enough and
 * cheaper than parsing; a fragment is never sent, so it is dropped.
 */
function pathAndQuery(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const hash = url.indexOf('#', start);
  return hash === -1 ? url.slice(start) : url.slice(start, hash);
}

/** Values of headers named in a custom header order that the signer does not compute itself. */
function extraSignedHeaders(
  headers: Headers,
  headerOrder: readonly string[] | undefined,
): Record<string, string> | undefined {
  if (!headerOrder) return undefined;
  let extra: Record<string, string> | undefined;
  for (const name of headerOrder) {
    const value = headers.get(name);
    if (value !== null && name !== signingConfig.requestLine.pseudoHeader) (extra ??= {})[name.toLowerCase()] = value;
  }
  return extra;
}
