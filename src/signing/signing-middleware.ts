import type { Middleware } from 'openapi-fetch';
import { digestHeaders, headerSpelling, signingConfig, type SigningAlgorithm } from '../spec/signing-config.js';
import { signRequest, type Credentials } from './sign-request.js';
import type { SigningCrypto } from './signing-crypto.js';

/** Options of the openapi-fetch signing middleware. */
export interface SigningMiddlewareOptions extends Credentials {
  /** The clock, read once per request; `() => new Date()` by default. */
  now?: () => Date;
  /** `hmac-sha512` by default; `hmac-sha256` for legacy integrations. */
  algorithm?: SigningAlgorithm;
  /** Signed header names in order; the spec's default order by default. */
  headerOrder?: readonly string[];
  /** Cryptography; node:crypto where the runtime has it, WebCrypto elsewhere. */
  crypto?: SigningCrypto;
}

// Re-signing with one algorithm drops the other's digest, so a stale one never travels beside the new one.
const digestSpellings = digestHeaders.map((name) => headerSpelling[name] ?? name);

/**
 * The openapi-fetch middleware that signs every request with Ingo's HMAC scheme, the way any
 * openapi-fetch user adds a header: it reads the request's exact body, hands method, path and
 * query, Content-Type, body and any further header named in `headerOrder` to `signRequest`, and
 * sets the headers it returns, replacing (never duplicating) any X-Date, digest, Content-Length or
 * Authorization already there. Content-Length is the byte length of the very bytes signed.
 */
export function signingMiddleware({
  username,
  secret,
  now = () => new Date(),
  algorithm,
  headerOrder,
  crypto,
}: SigningMiddlewareOptions): Middleware {
  return {
    async onRequest({ request }) {
      // A clone leaves the original's body unread, so it is still sent.
      const body = request.body === null ? '' : new Uint8Array(await request.clone().arrayBuffer());
      const url = new URL(request.url);
      const signed = await signRequest(
        {
          method: request.method,
          path: url.pathname + url.search,
          body,
          contentType: request.headers.get(signingConfig.contentTypeHeader) ?? undefined,
          headers: Object.fromEntries(request.headers),
        },
        { username, secret },
        { now: now(), algorithm, headerOrder, crypto },
      );
      for (const name of digestSpellings) if (!(name in signed)) request.headers.delete(name);
      for (const name in signed) request.headers.set(name, signed[name]!);
      return request;
    },
  };
}
