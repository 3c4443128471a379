import { headerSpelling, signingConfig, type SigningAlgorithm } from '../src/spec/signing-config.js';
import { signRequest, type Credentials } from '../src/signing/sign-request.js';
import { nodeSigningCrypto, type SigningCrypto } from '../src/signing/signing-crypto.js';
import type { CaseContext, CaseRequest } from './conformance-case.js';
import { createSessionMethod, createSessionPath, minimalRequestBody, type JsonObject } from './spec-facts.js';

/** How to craft one request; every option has a default that yields a correct signed request. */
export interface CraftOptions {
  /** The body to sign and send: an object (serialised as JSON) or exact text. The spec's minimal body by default. */
  body?: JsonObject | string;
  /** Text sent instead of the signed body (keep its byte length to keep Content-Length honest). */
  wireBody?: string;
  /** Compute the digest header over these bytes instead of the body (a signed, wrong digest). */
  digestOf?: string;
  algorithm?: SigningAlgorithm;
  /** Signed header names in order; the spec's default order by default. */
  headerOrder?: readonly string[];
  /** Sign as someone else (wrong secret, unknown username). */
  credentials?: Credentials;
  contentType?: string;
  /** Signing time; the context's clock by default. */
  now?: Date;
  /** Idempotency-Key to send: the case's fresh key by default, null for none. */
  idempotencyKey?: string | null;
  /** Header names (any case) removed after signing. Removing Content-Length streams the body. */
  omitHeaders?: readonly string[];
  /** Headers set after signing, replacing signed values. */
  setHeaders?: Readonly<Record<string, string>>;
}

/**
 * Crafts a request for the catalog: signs it with the project's signer and then breaks it exactly as
 * asked, so that each negative case differs from a correct request in one way only.
 */
export async function craftRequest(ctx: CaseContext, options: CraftOptions = {}): Promise<CaseRequest> {
  const {
    body = minimalRequestBody(),
    wireBody,
    digestOf,
    idempotencyKey = ctx.key,
    omitHeaders = [],
    setHeaders = {},
  } = options;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const signed = await signRequest(
    {
      method: createSessionMethod,
      path: createSessionPath,
      body: text,
      contentType: options.contentType ?? 'application/json',
    },
    options.credentials ?? ctx.credentials,
    {
      now: options.now ?? ctx.now(),
      algorithm: options.algorithm ?? signingConfig.defaultAlgorithm,
      headerOrder: options.headerOrder ?? signingConfig.defaultHeaderOrder,
      crypto: digestOf === undefined ? nodeSigningCrypto : digestOver(digestOf),
    },
  );
  const headers: Record<string, string> = { ...signed };
  if (idempotencyKey !== null)
    headers[headerSpelling[signingConfig.idempotency.header] ?? signingConfig.idempotency.header] = idempotencyKey;
  const omitted = omitHeaders.map((name) => name.toLowerCase());
  for (const name of Object.keys(headers)) if (omitted.includes(name.toLowerCase())) delete headers[name];
  Object.assign(headers, setHeaders);
  const request: CaseRequest = {
    method: createSessionMethod,
    path: createSessionPath,
    headers,
    body: Buffer.from(wireBody ?? text, 'utf8'),
  };
  // fetch always sends a Content-Length for a fixed body; only a streamed body goes without one.
  if (omitted.includes(signingConfig.contentLengthHeader)) request.streamBody = true;
  return request;
}

function digestOver(bytes: string): SigningCrypto {
  return { ...nodeSigningCrypto, digest: (hash) => nodeSigningCrypto.digest(hash, bytes) };
}
