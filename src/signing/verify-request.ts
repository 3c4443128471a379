import {
  digestHeaderFor,
  isSigningAlgorithm,
  signingAlgorithms,
  signingConfig,
  type SigningAlgorithm,
} from '../spec/signing-config.js';
import { parseAuthorization } from './authorization-header.js';
import { buildSigningString } from './build-signing-string.js';
import { parseHttpDate } from './http-date.js';
import { byteLength } from './sign-request.js';
import { constantTimeEqual, defaultSigningCrypto, type SigningCrypto } from './signing-crypto.js';
import { SigningError, isSigningError } from './signing-error.js';

/** A received request, as the verifier sees it. */
export interface VerifiableRequest {
  method: string;
  /** Path and query exactly as received. */
  path: string;
  /**
   * Received headers: a Headers object, or values by name in any letter case (node:http gives
   * lower case; signRequest's output uses the spec's spelling, such as `X-Date`).
   */
  headers: Headers | Readonly<Record<string, string | undefined>>;
  /** The exact body bytes received. */
  body: Uint8Array | string;
}

/** Why a request was rejected: a closed set, safe to show in public. */
export type VerifyFailureReason =
  | 'missing_authorization'
  | 'malformed_authorization'
  | 'unknown_username'
  | 'unsupported_algorithm'
  | 'missing_signed_header'
  | 'header_not_signed'
  | 'invalid_date'
  | 'stale_date'
  | 'digest_mismatch'
  | 'content_length_mismatch'
  | 'signature_mismatch';

/** The verifier's verdict. `message` is short and never quotes secrets or signatures. */
export type VerifyResult =
  | { ok: true; username: string; algorithm: SigningAlgorithm }
  | { ok: false; reason: VerifyFailureReason; message: string };

/** Finds the secret of a username, or undefined when the username is unknown. */
export type LookupSecret = (username: string) => string | undefined;

/** Verification policy; defaults come from the spec's `x-ingo-signing`. */
export interface VerifyOptions {
  /** Server time; `new Date()` by default. */
  now?: Date | number;
  /** Largest accepted distance between X-Date and `now`, both ways, in seconds; the spec's 300 by default. */
  clockSkewSeconds?: number;
  /**
   * Names that must be in the signed list; the spec's `requiredSignedHeaders` by default. X-Date and
   * the algorithm's digest header are always added: without them neither freshness nor the body
   * can be checked.
   */
  requiredHeaders?: readonly string[];
  /** Accepted algorithms; every algorithm of the spec (SHA-512 and legacy SHA-256) by default. */
  algorithms?: readonly SigningAlgorithm[];
  /** Cryptography; node:crypto where the runtime has it, WebCrypto elsewhere. */
  crypto?: SigningCrypto;
}

const { dateHeader, contentLengthHeader } = signingConfig;
const { pseudoHeader } = signingConfig.requestLine;
const fail = (reason: VerifyFailureReason, message: string): VerifyResult => ({ ok: false, reason, message });

/**
 * Verifies an hmac-signed request the way Kong's hmac-auth does: parses Authorization, checks the
 * algorithm, the username, that the required headers are signed and present, the X-Date and its
 * skew (both ways), Content-Length against the body, the body digest, and finally the signature,
 * compared in constant time. Follows whatever header order the request declares. Resolves to a
 * verdict for any request; rejects with a SigningError only for invalid options (`now`, skew).
 */
export async function verifyRequest(
  request: VerifiableRequest,
  lookupSecret: LookupSecret,
  {
    now = new Date(),
    clockSkewSeconds = signingConfig.clockSkewSeconds,
    requiredHeaders = signingConfig.requiredSignedHeaders,
    algorithms = signingAlgorithms,
    crypto = defaultSigningCrypto,
  }: VerifyOptions = {},
): Promise<VerifyResult> {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  if (!Number.isFinite(nowMs)) throw new SigningError('verifyRequest: now must be a valid date');
  if (!(clockSkewSeconds >= 0)) throw new SigningError('verifyRequest: clockSkewSeconds must be a number >= 0');

  const headers = isHeaders(request.headers) ? request.headers : lowerCaseNames(request.headers);
  const header = headerReader(headers);
  const authorization = header('authorization');
  if (authorization === undefined || authorization.trim() === '')
    return fail('missing_authorization', 'Authorization header is missing');
  let parsed;
  try {
    parsed = parseAuthorization(authorization);
  } catch (error) {
    return fail('malformed_authorization', isSigningError(error) ? error.message : 'Authorization header is malformed');
  }
  const { algorithm } = parsed;
  if (!isSigningAlgorithm(algorithm) || !algorithms.includes(algorithm)) {
    return fail('unsupported_algorithm', `algorithm is not supported; use ${algorithms.join(' or ')}`);
  }
  const secret = lookupSecret(parsed.username);
  if (secret === undefined) return fail('unknown_username', 'username is not known');

  const digestHeader = digestHeaderFor(algorithm);
  const missing = findUnsigned(parsed.headers, requiredHeaders, digestHeader);
  if (missing !== undefined) return fail('header_not_signed', `${missing} must be listed in headers="…"`);
  for (const name of parsed.headers) {
    if (name !== pseudoHeader && header(name) === undefined)
      return fail('missing_signed_header', `signed header ${name} is missing from the request`);
  }
  // A plain record (node:http's headers) is read in place; a Headers object is copied once.
  const values = isHeaders(headers) ? copySigned(headers, parsed.headers) : headers;

  const date = parseHttpDate(values[dateHeader]!);
  if (date === undefined)
    return fail('invalid_date', 'X-Date is not an IMF-fixdate such as "Wed, 01 Apr 2026 20:18:47 GMT"');
  if (Math.abs(nowMs - date) > clockSkewSeconds * 1000) {
    return fail('stale_date', `X-Date is more than ${clockSkewSeconds} seconds from server time`);
  }
  // An unsigned Content-Length (custom requiredHeaders) is still checked when present.
  const contentLength = values[contentLengthHeader] ?? header(contentLengthHeader);
  if (contentLength !== undefined && contentLength !== String(byteLength(request.body))) {
    return fail('content_length_mismatch', 'Content-Length does not match the body');
  }
  const { hash } = signingConfig.algorithms[algorithm];
  // The digest is a public function of the public body, so a plain comparison leaks nothing; only
  // the signature needs the constant-time one.
  if (values[digestHeader] !== (await crypto.digest(hash, request.body))) {
    return fail('digest_mismatch', `${digestHeader} does not match the body (Base64 of the raw digest)`);
  }

  let signingString;
  try {
    signingString = buildSigningString({ method: request.method, path: request.path, headers: values }, parsed.headers);
  } catch (error) {
    if (!isSigningError(error)) throw error;
    return fail('signature_mismatch', error.message);
  }
  if (!constantTimeEqual(parsed.signature, await crypto.hmac(hash, secret, signingString)))
    return fail('signature_mismatch', 'signature does not match');
  return { ok: true, username: parsed.username, algorithm };
}

function findUnsigned(
  signed: readonly string[],
  required: readonly string[],
  digestHeader: string,
): string | undefined {
  if (!signed.includes(dateHeader)) return dateHeader;
  for (const name of required) {
    const lower = name.toLowerCase();
    if (!signed.includes(lower)) return lower;
  }
  return signed.includes(digestHeader) ? undefined : digestHeader;
}

function isHeaders(headers: VerifiableRequest['headers']): headers is Headers {
  return typeof (headers as Headers).get === 'function';
}

function copySigned(headers: Headers, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) if (name !== pseudoHeader) values[name] = headers.get(name)!;
  return values;
}

/**
 * Header names are case-insensitive: a record with any upper-case name is copied under lower-case
 * names (two spellings of one name are joined with ", ", as Headers does). A record that is
 * already lower case, as node:http gives it, is used in place.
 */
function lowerCaseNames(
  headers: Readonly<Record<string, string | undefined>>,
): Readonly<Record<string, string | undefined>> {
  const names = Object.keys(headers);
  if (names.every((name) => name === name.toLowerCase())) return headers;
  const lower: Record<string, string> = Object.create(null);
  for (const name of names) {
    const value = headers[name];
    if (typeof value !== 'string') continue;
    const key = name.toLowerCase();
    lower[key] = Object.hasOwn(lower, key) ? `${lower[key]}, ${value}` : value;
  }
  return lower;
}

function headerReader(headers: VerifiableRequest['headers']): (name: string) => string | undefined {
  if (isHeaders(headers)) return (name) => headers.get(name) ?? undefined;
  // Own string values only: an inherited property (`constructor`) or an array is not a header value.
  return (name) => {
    const value = headers[name];
    return typeof value === 'string' && Object.hasOwn(headers, name) ? value : undefined;
  };
}
