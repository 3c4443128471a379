import {
  digestHeaders,
  headerSpelling,
  isSigningAlgorithm,
  signingAlgorithms,
  signingConfig,
  type SigningAlgorithm,
} from '../spec/signing-config.js';
import { formatAuthorization } from './authorization-header.js';
import { buildSigningString } from './build-signing-string.js';
import { formatHttpDate } from './http-date.js';
import { defaultSigningCrypto, type SigningCrypto } from './signing-crypto.js';
import { SigningError } from './signing-error.js';
import { utf8ByteLength } from './utf8-byte-length.js';

/** The parts of a request the signer needs. */
export interface SignableRequest {
  /** HTTP method, such as `POST`. */
  method: string;
  /** Path and query exactly as sent, such as `/api/v1/sessions/point-in-time/plugin`. */
  path: string;
  /** The exact body bytes that go on the wire (a string is taken as UTF-8). */
  body: Uint8Array | string;
  /** Content-Type sent and signed; `application/json` by default. */
  contentType?: string;
  /**
   * Values of any further headers named in `headerOrder`, by name (any case). The headers the signer
   * computes (X-Date, Content-Type, Content-Length, the digest) always win over values given here.
   */
  headers?: Readonly<Record<string, string>>;
}

/** HMAC credentials issued by Ingo. */
export interface Credentials {
  username: string;
  secret: string;
}

/** Signing choices; every one has a default from the spec's `x-ingo-signing`. */
export interface SignOptions {
  /** The signing time; `new Date()` by default. */
  now?: Date;
  /** `hmac-sha512` by default; `hmac-sha256` for legacy integrations. */
  algorithm?: SigningAlgorithm;
  /**
   * Signed header names in order; the Create Session page's order by default. A digest header
   * named here is replaced by the digest header of `algorithm`.
   */
  headerOrder?: readonly string[];
  /** Cryptography; node:crypto where the runtime has it, WebCrypto elsewhere. */
  crypto?: SigningCrypto;
}

/** The headers to send, spelt as the spec spells them (`X-Date`, `Content-sha512`, …). */
export type SignedHeaders = Record<string, string>;

const { dateHeader, contentTypeHeader, contentLengthHeader } = signingConfig;
const DEFAULT_CONTENT_TYPE = 'application/json';

/**
 * Signs a request: computes X-Date, Content-Length, the body digest header and Authorization over
 * the exact body bytes. A pure function of its arguments (the clock and crypto defaults are applied
 * here, at the entry point, and nowhere below); asynchronous because the injected crypto may be.
 * Rejects with a SigningError naming what is wrong (never quoting the secret).
 */
export async function signRequest(
  request: SignableRequest,
  credentials: Credentials,
  {
    now = new Date(),
    algorithm = signingConfig.defaultAlgorithm,
    headerOrder = signingConfig.defaultHeaderOrder,
    crypto = defaultSigningCrypto,
  }: SignOptions = {},
): Promise<SignedHeaders> {
  if (!isSigningAlgorithm(algorithm))
    throw new SigningError(
      `cannot sign with algorithm "${String(algorithm).slice(0, 32)}": use one of ${signingAlgorithms.join(', ')}`,
    );
  if (typeof credentials.secret !== 'string' || credentials.secret === '')
    throw new SigningError('cannot sign: the secret is empty');
  const { hash, digestHeader } = signingConfig.algorithms[algorithm];
  // The spec's orders name content-sha512; with another algorithm its own digest header takes that place.
  const names = headerOrder.map((name) => (digestHeaders.includes(name.toLowerCase()) ? digestHeader : name));
  const xDate = formatHttpDate(now);
  const contentType = request.contentType ?? DEFAULT_CONTENT_TYPE;
  const contentLength = String(byteLength(request.body));
  const digest = await crypto.digest(hash, request.body);
  const values: Record<string, string> = {};
  for (const name in request.headers) values[name.toLowerCase()] = request.headers[name]!;
  // The values computed here win over any given for the same header.
  Object.assign(values, {
    [dateHeader]: xDate,
    [contentTypeHeader]: contentType,
    [contentLengthHeader]: contentLength,
    [digestHeader]: digest,
  });
  const signingString = buildSigningString({ method: request.method, path: request.path, headers: values }, names);
  const signature = await crypto.hmac(hash, credentials.secret, signingString);
  return {
    [spell(dateHeader)]: xDate,
    [spell(contentTypeHeader)]: contentType,
    [spell(contentLengthHeader)]: contentLength,
    [spell(digestHeader)]: digest,
    [spell('authorization')]: formatAuthorization({
      username: credentials.username,
      algorithm,
      headers: names,
      signature,
    }),
  };
}

function spell(name: string): string {
  return headerSpelling[name] ?? name;
}

/** The byte length of a body as sent: UTF-8 bytes for a string. */
export function byteLength(body: Uint8Array | string): number {
  return typeof body === 'string' ? utf8ByteLength(body) : body.byteLength;
}
