import { redactSecrets } from '../errors/ingo-session-error.js';
import { isSigningAlgorithm, signingConfig, type SigningAlgorithm } from '../spec/signing-config.js';
import { nodeSigningCrypto, type SyncSigningCrypto as SigningCrypto } from '../signing/signing-crypto.js';
import { SigningError } from '../signing/signing-error.js';
import { verifyRequest } from '../signing/verify-request.js';
import { headerValues, type CapturedRequest } from './captured-request.js';
import { checkContentLength, checkDigest } from './check-body.js';
import { checkDate } from './check-date.js';
import {
  checkContentType,
  checkRequestLine,
  checkSignedHeaders,
  checkUsername,
  readAuthorization,
} from './check-headers.js';
import { checkSignature } from './check-signature.js';
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

/**
 * Explains why a signed request does or does not verify. Runs every check the verifier runs, and
 * Content-Type, with expected and received values; for each failure, reconstructs the mistake
 * that produces exactly what was received (recomputing the length, digest, date or signature
 * under the mistaken rule: see MISTAKES.md beside this file for every rule tried) and names it
 * with a one-line fix. `ok` is true only when the request verifies (verifyRequest agrees) and
 * every check passes. `request` is a CapturedRequest or the capture itself (raw HTTP, `curl -v`
 * output, HAR), read by parseCapturedRequest. The secret never appears in the result;
 * signatures are not shown. Rejects with an ExplainInputError for a capture that cannot be read,
 * a SigningError for invalid options.
 */
export async function explainRequest(
  request: CapturedRequest | string | Uint8Array,
  secret: string,
  {
    at = new Date(),
    username,
    clockSkewSeconds = signingConfig.clockSkewSeconds,
    crypto = nodeSigningCrypto,
  }: ExplainOptions = {},
): Promise<Explanation> {
  const atMs = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(atMs)) throw new SigningError('explainRequest: at must be a valid date');
  if (typeof secret !== 'string' || secret === '') throw new SigningError('explainRequest: the secret is empty');
  const captured =
    typeof request === 'string' || request instanceof Uint8Array ? parseCapturedRequest(request) : request;
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
  const algorithm: SigningAlgorithm =
    parsed && isSigningAlgorithm(parsed.algorithm) ? parsed.algorithm : signingConfig.defaultAlgorithm;
  if (parsed && username !== undefined) add(checkUsername(parsed.username, username));
  const date = checkDate(values[signingConfig.dateHeader], atMs, clockSkewSeconds);
  add(date);
  add(checkContentType(values[signingConfig.contentTypeHeader]));
  const facts = { body: captured.body, values, algorithm, crypto };
  add(checkContentLength(facts));
  add(checkDigest(facts));
  if (parsed) {
    add(checkSignedHeaders(parsed, values, algorithm));
    const source: VariantSource = {
      method: captured.method,
      target: captured.target,
      wireVersion: captured.httpVersion,
      names: parsed.headers,
      values,
      wire: wireHeaders(captured),
    };
    const context = { source, secret, body: bodyText(captured.body), headers: captured.headers, dateMs: date.ms };
    add(checkSignature(context, { signature: parsed.signature, hash: signingConfig.algorithms[algorithm].hash }));
  }

  const verdict = await verifyRequest(
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

function bodyText(body: Uint8Array | string): string {
  return typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
}

function redactCheck(check: ExplainCheck, redact: (text: string) => string): ExplainCheck {
  const out: ExplainCheck = { ...check, expected: redact(check.expected), received: redact(check.received) };
  if (check.message !== undefined) out.message = redact(check.message);
  if (check.signingString) {
    const { expected, reconstructed } = check.signingString;
    out.signingString = {
      ...check.signingString,
      expected: redact(expected),
      ...(reconstructed !== undefined && { reconstructed: redact(reconstructed) }),
    };
  }
  return out;
}

function wireHeaders({ headers }: CapturedRequest): Record<string, { name: string; value: string }> {
  const wire: Record<string, { name: string; value: string }> = {};
  for (const header of headers) wire[header.name.toLowerCase()] ??= header;
  return wire;
}
