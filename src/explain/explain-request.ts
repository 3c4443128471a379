import { redactSecrets } from '../errors/ingo-session-error.js';
import { createSessionMediaType } from '../spec/create-session-operation.js';
import { digestHeaderFor, isSigningAlgorithm, signingConfig, type SigningAlgorithm } from '../spec/signing-config.js';
import { parseAuthorization, type HmacAuthorization } from '../signing/authorization-header.js';
import { buildRequestLine } from '../signing/build-signing-string.js';
import { nodeSigningCrypto, type SigningCrypto } from '../signing/signing-crypto.js';
import { isSigningError, SigningError } from '../signing/signing-error.js';
import { verifyRequest } from '../signing/verify-request.js';
import { headerValues, type CapturedRequest } from './captured-request.js';
import { checkContentLength, checkDigest } from './check-body.js';
import { checkDate } from './check-date.js';
import { checkSignature } from './check-signature.js';
import { diagnose } from './diagnosis-fixes.js';
import type { Diagnosis, ExplainCheck, Explanation } from './explanation.js';
import { parseCapturedRequest } from './parse-captured-request.js';
import type { VariantSource } from './signing-string-variants.js';

/** When and against whom a request is judged. */
export interface ExplainOptions {
  /** The time X-Date is judged against (a captured request can be explained later); now by default. */
  at?: Date | number;
  /** The username the secret belongs to, when known: a request naming another gets `username_mismatch`. */
  username?: string;
  /** Accepted distance between X-Date and `at`, both ways; the spec's 300 s by default. */
  clockSkewSeconds?: number;
  /** Cryptography; node:crypto by default. */
  crypto?: SigningCrypto;
}

const { pseudoHeader } = signingConfig.requestLine;

/**
 * Explains why a signed request does or does not verify. Runs every check the verifier runs, and
 * Content-Type, with expected and received values; for each failure, reconstructs the classic
 * mistake that produces exactly what was received (recomputing the length, digest, date or
 * signature under the mistaken rule) and names it with a one-line fix. `ok` is true only when the
 * request verifies (verifyRequest agrees) and every check passes. `request` is a CapturedRequest
 * or the capture itself (raw HTTP, `curl -v` output, HAR), read by parseCapturedRequest. The
 * secret never appears in the result; signatures are not shown. Throws an ExplainInputError for a
 * capture that cannot be read, a SigningError for invalid options.
 */
export function explainRequest(
  request: CapturedRequest | string | Uint8Array,
  secret: string,
  { at = new Date(), username, clockSkewSeconds = signingConfig.clockSkewSeconds, crypto = nodeSigningCrypto }: ExplainOptions = {},
): Explanation {
  const atMs = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(atMs)) throw new SigningError('explainRequest: at must be a valid date');
  if (typeof secret !== 'string' || secret === '') throw new SigningError('explainRequest: the secret is empty');
  const captured = typeof request === 'string' || request instanceof Uint8Array ? parseCapturedRequest(request) : request;
  const values = headerValues(captured);
  const checks: ExplainCheck[] = [];
  const diagnoses: Diagnosis[] = [];
  const add = ({ check, diagnoses: found }: { check: ExplainCheck; diagnoses: Diagnosis[] }) => {
    checks.push(check);
    diagnoses.push(...found);
  };

  add(checkRequestLine(captured));
  const authorization = readAuthorization(values.authorization);
  add(authorization);
  const parsed = authorization.parsed;
  const algorithm: SigningAlgorithm = parsed && isSigningAlgorithm(parsed.algorithm) ? parsed.algorithm : signingConfig.defaultAlgorithm;
  if (parsed && username !== undefined) add(checkUsername(parsed.username, username));
  add(checkDate(values[signingConfig.dateHeader], atMs, clockSkewSeconds));
  add(checkContentType(values[signingConfig.contentTypeHeader]));
  const facts = { body: captured.body, values, algorithm, crypto };
  add(checkContentLength(facts));
  add(checkDigest(facts));
  if (parsed) {
    add(checkSignedHeaders(parsed, values, algorithm));
    const source: VariantSource = { method: captured.method, target: captured.target, wireVersion: captured.httpVersion, names: parsed.headers, values, wire: wireHeaders(captured) };
    add(checkSignature(source, { signature: parsed.signature, hash: signingConfig.algorithms[algorithm].hash, secret, crypto }));
  }

  const verdict = verifyRequest(
    { method: captured.method, path: captured.target, headers: values, body: captured.body },
    (name) => (username === undefined || name === username ? secret : undefined),
    { now: atMs, clockSkewSeconds, crypto },
  );
  // A header may carry anything, the secret included: no text taken from the request leaves with it.
  const redact = (text: string) => redactSecrets(text, [secret]);
  return {
    ok: verdict.ok && checks.every((check) => check.ok),
    checks: checks.map((check) => redactCheck(check, redact)),
    diagnoses: diagnoses.map((diagnosis) => ({ ...diagnosis, message: redact(diagnosis.message) })),
  };
}

function redactCheck(check: ExplainCheck, redact: (text: string) => string): ExplainCheck {
  const out: ExplainCheck = { ...check, expected: redact(check.expected), received: redact(check.received) };
  if (check.message !== undefined) out.message = redact(check.message);
  if (check.signingString) {
    const { expected, reconstructed } = check.signingString;
    out.signingString = { ...check.signingString, expected: redact(expected), ...(reconstructed !== undefined && { reconstructed: redact(reconstructed) }) };
  }
  return out;
}

function checkRequestLine({ method, target, httpVersion }: CapturedRequest): { check: ExplainCheck; diagnoses: Diagnosis[] } {
  const received = `${method} ${target}${httpVersion === undefined ? '' : ` ${httpVersion}`}`;
  try {
    return { check: { name: 'request_line', ok: true, expected: `${buildRequestLine(method, target)} (signed whatever the protocol)`, received }, diagnoses: [] };
  } catch (error) {
    if (!isSigningError(error)) throw error;
    return { check: { name: 'request_line', ok: false, expected: 'METHOD /path?query HTTP/1.1', received, message: error.message }, diagnoses: [] };
  }
}

function readAuthorization(value: string | undefined): { check: ExplainCheck; diagnoses: Diagnosis[]; parsed?: HmacAuthorization } {
  const expected = `${signingConfig.authorizationScheme} username="…", algorithm="${signingConfig.defaultAlgorithm}", headers="…", signature=<Base64 HMAC>`;
  if (value === undefined || value === '') {
    return { check: { name: 'authorization', ok: false, expected, received: '(none)', message: 'Authorization is missing' }, diagnoses: [diagnose('missing_authorization', 'the request has no Authorization header')] };
  }
  let parsed: HmacAuthorization;
  try {
    parsed = parseAuthorization(value);
  } catch (error) {
    if (!isSigningError(error)) throw error;
    return { check: { name: 'authorization', ok: false, expected, received: '(not readable)', message: error.message }, diagnoses: [diagnose('malformed_authorization', error.message)] };
  }
  // Everything but the signature, which is never shown.
  const received = `${signingConfig.authorizationScheme} username="${parsed.username}", algorithm="${parsed.algorithm}", headers="${parsed.headers.join(' ')}", signature=(${parsed.signature.length} characters)`;
  if (isSigningAlgorithm(parsed.algorithm)) return { check: { name: 'authorization', ok: true, expected, received }, diagnoses: [], parsed };
  const message = `algorithm "${parsed.algorithm.slice(0, 32)}" is not one of ${Object.keys(signingConfig.algorithms).join(', ')}`;
  return { check: { name: 'authorization', ok: false, expected, received, message }, diagnoses: [diagnose('unsupported_algorithm', message)], parsed };
}

function checkUsername(received: string, expected: string): { check: ExplainCheck; diagnoses: Diagnosis[] } {
  if (received === expected) return { check: { name: 'username', ok: true, expected, received }, diagnoses: [] };
  const near = received.trim().toLowerCase() === expected.toLowerCase() ? ' (it differs only in case or surrounding whitespace)' : '';
  const message = `the request names username "${received}", but the secret belongs to "${expected}"${near}`;
  return { check: { name: 'username', ok: false, expected, received, message }, diagnoses: [diagnose('username_mismatch', message)] };
}

function checkContentType(value: string | undefined): { check: ExplainCheck; diagnoses: Diagnosis[] } {
  const ok = value !== undefined && value.split(';')[0]!.trim().toLowerCase() === createSessionMediaType;
  const check: ExplainCheck = { name: 'content_type', ok, expected: createSessionMediaType, received: value ?? '(none)' };
  if (ok) return { check, diagnoses: [] };
  const message = value === undefined ? 'Content-Type is missing' : `Content-Type is "${value}", not ${createSessionMediaType}`;
  return { check: { ...check, message }, diagnoses: [diagnose('content_type_not_json', message)] };
}

function checkSignedHeaders({ headers }: HmacAuthorization, values: Readonly<Record<string, string>>, algorithm: SigningAlgorithm): { check: ExplainCheck; diagnoses: Diagnosis[] } {
  const required = [...signingConfig.requiredSignedHeaders, digestHeaderFor(algorithm)];
  const check: ExplainCheck = { name: 'signed_headers', ok: true, expected: `${required.join(' ')} (in any order)`, received: headers.join(' ') };
  const diagnoses: Diagnosis[] = [];
  const unsigned = required.filter((name) => !headers.includes(name));
  if (unsigned.length > 0) diagnoses.push(diagnose('header_not_signed', `headers="…" does not list ${unsigned.join(', ')}`));
  const absent = headers.filter((name) => name !== pseudoHeader && values[name] === undefined);
  if (absent.length > 0) diagnoses.push(diagnose('missing_signed_header', `headers="…" lists ${absent.join(', ')}, which the request does not send`));
  if (diagnoses.length > 0) return { check: { ...check, ok: false, message: diagnoses.map((each) => each.message).join('; ') }, diagnoses };
  return { check, diagnoses };
}

function wireHeaders({ headers }: CapturedRequest): Record<string, { name: string; value: string }> {
  const wire: Record<string, { name: string; value: string }> = {};
  for (const header of headers) wire[header.name.toLowerCase()] ??= header;
  return wire;
}
