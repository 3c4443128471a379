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
import { nodeSigningCrypto, type SigningCrypto } from './signing-crypto.js';

/** A received request, as the verifier sees it. */
export interface VerifiableRequest {
  method: string;
  /** Path and query exactly as received. */
  path: string;
  /** Received headers: a Headers object, or values by lower-case name. */
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
  /** Largest accepted distance between X-Date and `now`, both ways; 300 by default. */
  clockSkewSeconds?: number;
  /** Names that must be in the signed list; the algorithm's digest header is always added. */
  requiredHeaders?: readonly string[];
  /** Accepted algorithms; every algorithm of the spec (SHA-512 and legacy SHA-256) by default. */
  algorithms?: readonly SigningAlgorithm[];
  /** Cryptography; node:crypto by default. */
  crypto?: SigningCrypto;
}

const fail = (reason: VerifyFailureReason, message: string): VerifyResult => ({ ok: false, reason, message });

/**
 * Verifies an hmac-signed request the way Kong's hmac-auth does: parses Authorization, checks the
 * algorithm, the username, that the required headers are signed and present, the X-Date and its
 * skew (both ways), Content-Length against the body, the body digest, and finally the signature,
 * compared in constant time. Follows whatever header order the request declares.
 */
export function verifyRequest(
  request: VerifiableRequest,
  lookupSecret: LookupSecret,
  {
    now = new Date(),
    clockSkewSeconds = signingConfig.clockSkewSeconds,
    requiredHeaders = signingConfig.requiredSignedHeaders,
    algorithms = signingAlgorithms,
    crypto = nodeSigningCrypto,
  }: VerifyOptions = {},
): VerifyResult {
  const header = headerReader(request.headers);
  const authorization = header('authorization');
  if (authorization === undefined || authorization.trim() === '') return fail('missing_authorization', 'Authorization header is missing');

  let parsed;
  try {
    parsed = parseAuthorization(authorization);
  } catch {
    return fail('malformed_authorization', 'Authorization header is malformed');
  }
  const { algorithm } = parsed;
  if (!isSigningAlgorithm(algorithm) || !algorithms.includes(algorithm)) {
    return fail('unsupported_algorithm', 'algorithm is not supported');
  }
  const secret = lookupSecret(parsed.username);
  if (secret === undefined) return fail('unknown_username', 'username is not known');

  const digestHeader = digestHeaderFor(algorithm);
  for (const name of [...requiredHeaders, digestHeader]) {
    if (!parsed.headers.includes(name)) return fail('header_not_signed', `${name} must be signed`);
  }
  const values: Record<string, string> = {};
  for (const name of parsed.headers) {
    if (name === signingConfig.requestLine.pseudoHeader) continue;
    const value = header(name);
    if (value === undefined) return fail('missing_signed_header', `signed header ${name} is missing`);
    values[name] = value;
  }

  const date = parseHttpDate(values[signingConfig.dateHeader]!);
  if (date === undefined) return fail('invalid_date', 'X-Date is not an IMF-fixdate');
  const nowMs = typeof now === 'number' ? now : now.getTime();
  if (Math.abs(nowMs - date) > clockSkewSeconds * 1000) {
    return fail('stale_date', `X-Date is more than ${clockSkewSeconds} seconds from server time`);
  }

  const length = typeof request.body === 'string' ? Buffer.byteLength(request.body, 'utf8') : request.body.byteLength;
  if (values[signingConfig.contentLengthHeader] !== String(length)) {
    return fail('content_length_mismatch', 'Content-Length does not match the body');
  }
  const { hash } = signingConfig.algorithms[algorithm];
  if (!crypto.equal(values[digestHeader]!, crypto.digest(hash, request.body))) {
    return fail('digest_mismatch', `${digestHeader} does not match the body`);
  }

  const expected = crypto.hmac(hash, secret, buildSigningString({ method: request.method, path: request.path, headers: values }, parsed.headers));
  if (!crypto.equal(parsed.signature, expected)) return fail('signature_mismatch', 'signature does not match');
  return { ok: true, username: parsed.username, algorithm };
}

function headerReader(headers: VerifiableRequest['headers']): (name: string) => string | undefined {
  if (typeof (headers as Headers).get === 'function') {
    return (name) => (headers as Headers).get(name) ?? undefined;
  }
  const record = headers as Readonly<Record<string, string | undefined>>;
  return (name) => record[name];
}
