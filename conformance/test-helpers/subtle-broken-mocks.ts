import { sameJson } from '../generate/same-json.js';
import { parseAuthorization } from '../../src/signing/authorization-header.js';
import { buildSigningString } from '../../src/signing/build-signing-string.js';
import type { Credentials } from '../../src/signing/sign-request.js';
import { nodeSigningCrypto } from '../../src/signing/signing-crypto.js';
import { headerSpelling, isSigningAlgorithm, signingConfig } from '../../src/spec/signing-config.js';
import type { FetchLike } from '../send-case-request.js';
import { afterVerification } from './after-verification.js';
import { copyRequest, json, resigningWrapper } from './broken-mocks.js';

/**
 * Subtly broken servers, each a plausible defect of a real implementation that the hand-written
 * catalog lets through and generation must catch. Each wraps the real mock handler.
 */

const invalidBody = (message: string) =>
  json(400, { status: 400, client_message: `Invalid request body: ${message}`, time: 0 });
const limitedFields = ['participant_unique_id1', 'participant_unique_id2', 'host_uri'];
const LIMIT = 100;

/** Counts maxLength in UTF-8 bytes, not characters: a 100-character id with an "é" in it is refused. */
export function withLengthInUtf8Bytes(handler: FetchLike, credentials: Credentials, now: () => number): FetchLike {
  return afterVerification(handler, credentials, now, ({ body }) => {
    const field = ['participant_unique_id1', 'participant_unique_id2'].find(
      (name) => typeof body?.[name] === 'string' && Buffer.byteLength(body[name] as string) > LIMIT,
    );
    return field ? invalidBody(`/${field} must NOT have more than ${LIMIT} characters`) : undefined;
  });
}

/** Counts maxLength in UTF-16 code units (JavaScript's `length`): an id of 100 characters outside the BMP is refused. */
export function withLengthInUtf16Units(handler: FetchLike, credentials: Credentials, now: () => number): FetchLike {
  return afterVerification(handler, credentials, now, ({ body }) => {
    const field = limitedFields.find(
      (name) => typeof body?.[name] === 'string' && (body[name] as string).length > (name === 'host_uri' ? 200 : LIMIT),
    );
    return field ? invalidBody(`/${field} is too long`) : undefined;
  });
}

/** Computes the body digest over the re-serialised JSON (JSON.stringify of the parsed body), not the bytes sent: any other layout is refused as unsigned. */
export function withDigestOfReserialisedJson(
  handler: FetchLike,
  credentials: Credentials,
  now: () => number,
): FetchLike {
  return afterVerification(handler, credentials, now, ({ text, body }) =>
    body !== undefined && JSON.stringify(body) !== text
      ? json(401, { status: 401, client_message: 'Unauthorized: body digest does not match', time: 0 })
      : undefined,
  );
}

/** Matches language_locale_code case-insensitively and stores the canonical code: "EN-us" is accepted. */
export function withCaseInsensitiveLocale(
  handler: FetchLike,
  credentials: Credentials,
  now: () => number,
  codes: readonly string[],
): FetchLike {
  return afterVerification(handler, credentials, now, ({ body }) => {
    const code = body?.language_locale_code;
    if (typeof code !== 'string' || codes.includes(code)) return undefined;
    const canonical = codes.find((known) => known.toLowerCase() === code.toLowerCase());
    return canonical === undefined
      ? undefined
      : { forward: JSON.stringify({ ...body, language_locale_code: canonical }) };
  });
}

/** Compares a reused key's bodies on the participant ids only: another recipient under the same key gets the first session back (101) instead of 13723. */
export function withConflictCheckOnIdsOnly(handler: FetchLike, credentials: Credentials, now: () => number): FetchLike {
  const first = new Map<string, { text: string; body: Record<string, unknown> }>();
  return afterVerification(handler, credentials, now, ({ text, body, key }) => {
    if (key === undefined || body === undefined) return undefined;
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, { text, body });
      return undefined;
    }
    const sameIds =
      seen.body.participant_unique_id1 === body.participant_unique_id1 &&
      (seen.body.participant_unique_id2 ?? '') === (body.participant_unique_id2 ?? '');
    return sameIds && !sameJson(seen.body, body) ? { forward: seen.text } : undefined;
  });
}

/** Checks for an existing key and then stores it without a reservation: duplicates arriving together each create a session. */
export function withConcurrentDuplicateRace(handler: FetchLike): FetchLike {
  const inFlight = new Set<string>();
  let race = 0;
  return async (request) => {
    const key = request.headers.get(signingConfig.idempotency.header);
    if (key === null) return handler(request);
    const racing = inFlight.has(key);
    inFlight.add(key);
    // The lookup and the insert are a turn apart, as across a database round trip.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      if (!racing) return await handler(request);
      const headers = new Headers(request.headers);
      headers.set(signingConfig.idempotency.header, `${key}-race-${++race}`);
      return await handler(
        new Request(request.url, { method: request.method, headers, body: await request.arrayBuffer() }),
      );
    } finally {
      if (!racing) inFlight.delete(key);
    }
  };
}

/** Compares the signature sent with the start of the right one: a truncated signature passes. */
export function withTruncatedSignatureAccepted(handler: FetchLike, credentials: Credentials): FetchLike {
  return async (request) => {
    const bytes = new Uint8Array(await request.arrayBuffer());
    let parsed;
    try {
      parsed = parseAuthorization(request.headers.get('authorization') ?? '');
    } catch {
      return handler(copyRequest(request, bytes));
    }
    if (!isSigningAlgorithm(parsed.algorithm) || parsed.username !== credentials.username)
      return handler(copyRequest(request, bytes));
    const url = new URL(request.url);
    const values = Object.fromEntries([...request.headers].map(([name, value]) => [name, value]));
    let right: string;
    try {
      right = nodeSigningCrypto.hmac(
        signingConfig.algorithms[parsed.algorithm].hash,
        credentials.secret,
        buildSigningString(
          { method: request.method, path: url.pathname + url.search, headers: values },
          parsed.headers,
        ),
      );
    } catch {
      return handler(copyRequest(request, bytes));
    }
    if (parsed.signature.length === 0 || parsed.signature.length >= right.length || !right.startsWith(parsed.signature))
      return handler(copyRequest(request, bytes));
    const headers = new Headers(request.headers);
    headers.set(
      'authorization',
      (request.headers.get('authorization') ?? '').replace(`signature="${parsed.signature}"`, `signature="${right}"`),
    );
    return handler(new Request(request.url, { method: request.method, headers, body: bytes }));
  };
}

/** Reads a signed header that was not sent as empty instead of refusing the request. */
export function withMissingSignedHeaderAsEmpty(handler: FetchLike): FetchLike {
  return async (request) => {
    let names: string[];
    try {
      names = parseAuthorization(request.headers.get('authorization') ?? '').headers;
    } catch {
      return handler(request);
    }
    const missing = names.filter(
      (name) => name !== signingConfig.requestLine.pseudoHeader && !request.headers.has(name),
    );
    if (missing.length === 0) return handler(request);
    const headers = new Headers(request.headers);
    for (const name of missing) headers.set(headerSpelling[name] ?? name, '');
    return handler(new Request(request.url, { method: request.method, headers, body: await request.arrayBuffer() }));
  };
}

/** Allows 330 s of clock skew (a 10 % grace) instead of the spec's 300. */
export function withSkewGrace(
  handler: FetchLike,
  credentials: Credentials,
  now: () => number,
  seconds = 330,
): FetchLike {
  return resigningWrapper(handler, credentials, () => ({
    now: now(),
    clockSkewSeconds: seconds,
    signAt: new Date(now()),
  }));
}
