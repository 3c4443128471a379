import { redactSecrets } from '../errors/ingo-session-error.js';
import { signingConfig } from '../spec/signing-config.js';
import { parseAuthorization, type HmacAuthorization } from '../signing/authorization-header.js';
import { buildSigningString } from '../signing/build-signing-string.js';
import { parseHttpDate } from '../signing/http-date.js';
import type { VerifyResult } from '../signing/verify-request.js';
import { readHeader, type MockExchange } from './check-request-head.js';
import type { MockLogEvent } from './mock-options.js';

type VerificationFailure = Extract<VerifyResult, { ok: false }>;

/**
 * The debug-log detail of a rejected signature: what the client declared and the signing string the
 * mock rebuilt from it, so a developer can diff it against their own. Only called when a log is
 * configured. It carries neither the secret nor any signature.
 */
export function describeVerificationFailure(
  exchange: MockExchange,
  failure: VerificationFailure,
  now: number,
): MockLogEvent {
  const event: Extract<MockLogEvent, { type: 'verification_failed' }> = {
    type: 'verification_failed',
    at: now,
    reason: failure.reason,
    message: failure.message,
  };
  const xDate = readHeader(exchange.headers, signingConfig.dateHeader);
  if (xDate !== undefined) {
    event.xDate = xDate;
    const date = parseHttpDate(xDate);
    if (date !== undefined) event.skewSeconds = (date - now) / 1000;
  }
  let authorization: HmacAuthorization;
  try {
    authorization = parseAuthorization(readHeader(exchange.headers, 'authorization') ?? '');
  } catch {
    return event;
  }
  event.username = authorization.username;
  event.algorithm = authorization.algorithm;
  event.signedHeaders = authorization.headers;
  const values: Record<string, string | undefined> = {};
  for (const name of authorization.headers) values[name] = readHeader(exchange.headers, name);
  try {
    // redactSecrets: a client may list `authorization` itself among the signed headers.
    event.signingString = redactSecrets(
      buildSigningString({ method: exchange.method, path: exchange.target, headers: values }, authorization.headers),
    );
  } catch {
    // A signed header is missing: the reason already says which.
  }
  return event;
}
