import {
  digestHeaders,
  digestHeaderFor,
  headerSpelling,
  signingConfig,
  type SigningAlgorithm,
} from '../spec/signing-config.js';
import { formatAuthorization } from './authorization-header.js';
import { buildSigningString } from './build-signing-string.js';
import { formatHttpDate } from './http-date.js';
import { nodeSigningCrypto, type SigningCrypto } from './signing-crypto.js';

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
  /** Values of any further headers named in `headerOrder`, by lower-case name. */
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
  /** Signed header names in order; the Create Session page's order by default. */
  headerOrder?: readonly string[];
  /** Cryptography; node:crypto by default. */
  crypto?: SigningCrypto;
}

/** The headers to send, spelt as the spec spells them (`X-Date`, `Content-sha512`, …). */
export type SignedHeaders = Record<string, string>;

/**
 * Signs a request: computes X-Date, Content-Length, the body digest header and Authorization over
 * the exact body bytes. A pure function of its arguments; the clock and crypto defaults are
 * applied here, at the entry point, and nowhere below.
 */
export function signRequest(
  request: SignableRequest,
  credentials: Credentials,
  {
    now = new Date(),
    algorithm = signingConfig.defaultAlgorithm,
    headerOrder = signingConfig.defaultHeaderOrder,
    crypto = nodeSigningCrypto,
  }: SignOptions = {},
): SignedHeaders {
  const { hash } = signingConfig.algorithms[algorithm];
  const digestHeader = digestHeaderFor(algorithm);
  // The spec's orders name content-sha512; with another algorithm its own digest header takes that place.
  const names = headerOrder.map((name) => {
    const lower = name.toLowerCase();
    return digestHeaders.includes(lower) ? digestHeader : lower;
  });
  const values: Record<string, string> = {
    ...lowerCaseKeys(request.headers),
    [signingConfig.dateHeader]: formatHttpDate(now),
    [signingConfig.contentTypeHeader]: request.contentType ?? 'application/json',
    [signingConfig.contentLengthHeader]: String(byteLength(request.body)),
    [digestHeader]: crypto.digest(hash, request.body),
  };
  const signingString = buildSigningString({ method: request.method, path: request.path, headers: values }, names);
  const authorization = formatAuthorization({
    username: credentials.username,
    algorithm,
    headers: names,
    signature: crypto.hmac(hash, credentials.secret, signingString),
  });
  const signed: SignedHeaders = {};
  for (const name of [signingConfig.dateHeader, signingConfig.contentTypeHeader, signingConfig.contentLengthHeader, digestHeader]) {
    signed[headerSpelling[name] ?? name] = values[name]!;
  }
  signed[headerSpelling.authorization ?? 'Authorization'] = authorization;
  return signed;
}

function byteLength(body: Uint8Array | string): number {
  return typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
}

function lowerCaseKeys(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers) for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}
