import { createHash, createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { signingConfig, type SigningAlgorithm } from '../spec/signing-config.js';
import { formatAuthorization, parseAuthorization } from './authorization-header.js';
import { buildSigningString } from './build-signing-string.js';
import { signRequest } from './sign-request.js';
import { verifyRequest, type VerifyFailureReason, type VerifyOptions } from './verify-request.js';
import { webSigningCrypto } from './web-signing-crypto.js';

const NOW = Date.UTC(2020, 0, 17, 19, 59, 29);
const SECRET = 'test-secret';
const OTHER_SECRET = 'other-secret';
const secrets: Record<string, string> = { test: SECRET, other: OTHER_SECRET };
const lookup = (username: string) => secrets[username];
const PATH = '/api/v1/sessions/point-in-time/plugin';
const BODY = '{"participant_unique_id1":"p-1","recipient_information":{"first_name":"Jane","last_name":"Doe"}}';
const UNICODE_BODY = '{"participant_unique_id1":"p-1","recipient_information":{"first_name":"José","city":"東京"}}';
const { defaultHeaderOrder, alternateHeaderOrder, requiredSignedHeaders } = signingConfig;

interface TestRequest {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  body: string | Uint8Array;
}

interface SignChoices {
  algorithm?: SigningAlgorithm;
  headerOrder?: readonly string[];
  extra?: Record<string, string>;
  body?: string;
  path?: string;
  method?: string;
  now?: number;
  username?: string;
  secret?: string;
}

/** A request signed by signRequest, headers by lower-case name as node:http gives them. */
async function signed({
  algorithm,
  headerOrder,
  extra = {},
  body = BODY,
  path = PATH,
  method = 'POST',
  now = NOW,
  username = 'test',
  secret = SECRET,
}: SignChoices = {}): Promise<TestRequest> {
  const headers = await signRequest(
    { method, path, body, headers: extra },
    { username, secret },
    { now: new Date(now), algorithm, headerOrder },
  );
  return { method, path, body, headers: lowerCaseKeys({ ...extra, ...headers }) };
}

/** The request with some header values replaced (undefined removes the header). */
function withHeaders(request: TestRequest, changes: Record<string, string | undefined>): TestRequest {
  return { ...request, headers: { ...request.headers, ...changes } };
}

/**
 * Re-signs a request by hand (not with signRequest), over `names` with any hash and any claimed
 * algorithm, as a client with its own idea of the rule would.
 */
function resign(
  request: TestRequest,
  {
    names = [...defaultHeaderOrder],
    hash = 'sha512',
    algorithm = 'hmac-sha512',
    secret = SECRET,
    username = 'test',
  }: { names?: string[]; hash?: string; algorithm?: string; secret?: string; username?: string } = {},
): TestRequest {
  const text = buildSigningString({ method: request.method, path: request.path, headers: request.headers }, names);
  const signature = createHmac(hash, secret).update(text).digest('base64');
  return withHeaders(request, {
    authorization: formatAuthorization({ username, algorithm, headers: names, signature }),
  });
}

/** Replaces one parameter of the Authorization header, keeping the others (and the signature). */
function withAuthorization(request: TestRequest, change: (value: string) => string): TestRequest {
  return withHeaders(request, { authorization: change(request.headers.authorization!) });
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

const without = (names: readonly string[], name: string): string[] => names.filter((each) => each !== name);
const base = await signed();
const legacy = await signed({ algorithm: 'hmac-sha256' });
const otherSignature = parseAuthorization((await signed({ body: '{}' })).headers.authorization!).signature;
const signature = parseAuthorization(base.headers.authorization!).signature;

interface Row {
  name: string;
  request: TestRequest;
  options?: VerifyOptions;
  reason: VerifyFailureReason;
}

const rows: Row[] = [
  // missing_authorization
  {
    name: 'no Authorization header (Kong)',
    request: withHeaders(base, { authorization: undefined }),
    reason: 'missing_authorization',
  },
  {
    name: 'an empty Authorization header',
    request: withHeaders(base, { authorization: '' }),
    reason: 'missing_authorization',
  },
  {
    name: 'a blank Authorization header',
    request: withHeaders(base, { authorization: '   ' }),
    reason: 'missing_authorization',
  },

  // malformed_authorization
  {
    name: 'Authorization "asd" (Kong)',
    request: withHeaders(base, { authorization: 'asd' }),
    reason: 'malformed_authorization',
  },
  {
    name: 'a Bearer token',
    request: withHeaders(base, { authorization: 'Bearer abc' }),
    reason: 'malformed_authorization',
  },
  {
    name: 'only "hmac username" (Kong)',
    request: withHeaders(base, { authorization: 'hmac username' }),
    reason: 'malformed_authorization',
  },
  {
    name: 'a digest instead of parameters (Kong)',
    request: withHeaders(base, { authorization: 'hmac :dXNlcm5hbWU6cGFzc3dvcmQ=' }),
    reason: 'malformed_authorization',
  },
  {
    name: 'bare parameter names (Kong)',
    request: withHeaders(base, { authorization: 'hmac username=,algorithm,headers,dXNlcm5hbWU6cGFzc3dvcmQ=' }),
    reason: 'malformed_authorization',
  },
  {
    name: 'a sentence (Kong)',
    request: withHeaders(base, { authorization: 'this is no hmac token at all is it?' }),
    reason: 'malformed_authorization',
  },
  ...(['username', 'algorithm', 'headers', 'signature'] as const).map((parameter) => ({
    name: `no ${parameter} parameter (Kong)`,
    request: withAuthorization(base, (value) => value.replace(new RegExp(`${parameter}="[^"]*",? ?`), '')),
    reason: 'malformed_authorization' as const,
  })),
  {
    name: 'an empty username (Kong)',
    request: withAuthorization(base, (value) => value.replace('username="test"', 'username=""')),
    reason: 'malformed_authorization',
  },
  {
    name: 'an empty signature',
    request: withAuthorization(base, (value) => value.replace(/signature="[^"]*"/, 'signature=""')),
    reason: 'malformed_authorization',
  },
  {
    name: 'an unquoted username',
    request: withAuthorization(base, (value) => value.replace('username="test"', 'username=test')),
    reason: 'malformed_authorization',
  },
  {
    name: 'no comma between parameters (Kong)',
    request: withAuthorization(base, (value) => value.replace('"hmac-sha512", ', '"hmac-sha512" ')),
    reason: 'malformed_authorization',
  },
  {
    name: 'a repeated parameter',
    request: withAuthorization(base, (value) => `${value}, username="other"`),
    reason: 'malformed_authorization',
  },
  {
    name: 'a header name listed twice',
    request: withAuthorization(base, (value) => value.replace('x-date', 'x-date x-date')),
    reason: 'malformed_authorization',
  },

  // unsupported_algorithm
  {
    name: 'hmac-sha1, correctly signed (Kong accepts it; Ingo does not)',
    request: resign(base, { hash: 'sha1', algorithm: 'hmac-sha1' }),
    reason: 'unsupported_algorithm',
  },
  {
    name: 'hmac-sha384, correctly signed',
    request: resign(base, { hash: 'sha384', algorithm: 'hmac-sha384' }),
    reason: 'unsupported_algorithm',
  },
  {
    name: 'hmac-sha (Kong)',
    request: resign(base, { hash: 'sha256', algorithm: 'hmac-sha' }),
    reason: 'unsupported_algorithm',
  },
  {
    name: 'an upper-case algorithm id',
    request: resign(base, { algorithm: 'HMAC-SHA512' }),
    reason: 'unsupported_algorithm',
  },
  {
    name: 'legacy hmac-sha256 when only hmac-sha512 is accepted',
    request: legacy,
    options: { algorithms: ['hmac-sha512'] },
    reason: 'unsupported_algorithm',
  },
  {
    name: 'hmac-sha512 when only legacy is accepted',
    request: base,
    options: { algorithms: ['hmac-sha256'] },
    reason: 'unsupported_algorithm',
  },

  // unknown_username
  {
    name: 'an unknown username (Kong: "bobb")',
    request: resign(base, { username: 'testt' }),
    reason: 'unknown_username',
  },
  { name: 'a username in another case', request: resign(base, { username: 'Test' }), reason: 'unknown_username' },

  // header_not_signed
  ...[...defaultHeaderOrder].map((name) => ({
    name: `${name} not in the signed list (Kong: enforce_headers)`,
    request: resign(base, { names: without(defaultHeaderOrder, name) }),
    reason: 'header_not_signed' as const,
  })),
  {
    name: 'legacy signing content-sha512 instead of content-sha256',
    request: resign(withHeaders(legacy, { 'content-sha512': base.headers['content-sha512'] }), {
      hash: 'sha256',
      algorithm: 'hmac-sha256',
    }),
    reason: 'header_not_signed',
  },
  {
    name: 'a custom required header not signed',
    request: base,
    options: { requiredHeaders: [...requiredSignedHeaders, 'idempotency-key'] },
    reason: 'header_not_signed',
  },
  {
    name: 'a custom required header given in another case',
    request: base,
    options: { requiredHeaders: ['Idempotency-Key'] },
    reason: 'header_not_signed',
  },
  {
    name: 'x-date unsigned even when requiredHeaders omits it',
    request: resign(base, { names: without(defaultHeaderOrder, 'x-date') }),
    options: { requiredHeaders: [] },
    reason: 'header_not_signed',
  },
  {
    name: 'the digest unsigned even when requiredHeaders omits it',
    request: resign(base, { names: without(defaultHeaderOrder, 'content-sha512') }),
    options: { requiredHeaders: [] },
    reason: 'header_not_signed',
  },

  // missing_signed_header
  ...['x-date', 'content-type', 'content-length', 'content-sha512'].map((name) => ({
    name: `signed ${name} missing from the request (Kong: date missing)`,
    request: withHeaders(base, { [name]: undefined }),
    reason: 'missing_signed_header' as const,
  })),
  {
    name: 'a signed custom header missing from the request',
    request: withHeaders(
      await signed({ headerOrder: [...defaultHeaderOrder, 'idempotency-key'], extra: { 'Idempotency-Key': 'k-1' } }),
      { 'idempotency-key': undefined },
    ),
    reason: 'missing_signed_header',
  },

  {
    name: 'a header named after an Object.prototype property, signed but absent',
    request: withHeaders(
      await signed({ headerOrder: [...defaultHeaderOrder, 'constructor'], extra: { constructor: 'x' } }),
      {
        constructor: undefined,
      },
    ),
    reason: 'missing_signed_header',
  },

  // invalid_date
  {
    name: 'X-Date "wrong date", signed (Kong)',
    request: resign(withHeaders(base, { 'x-date': 'wrong date' })),
    reason: 'invalid_date',
  },
  {
    name: 'X-Date in RFC 850 form, signed',
    request: resign(withHeaders(base, { 'x-date': 'Friday, 17-Jan-20 19:59:29 GMT' })),
    reason: 'invalid_date',
  },
  {
    name: 'X-Date in asctime form, signed',
    request: resign(withHeaders(base, { 'x-date': 'Fri Jan 17 19:59:29 2020' })),
    reason: 'invalid_date',
  },
  {
    name: 'X-Date with a wrong weekday, signed',
    request: resign(withHeaders(base, { 'x-date': 'Sat, 17 Jan 2020 19:59:29 GMT' })),
    reason: 'invalid_date',
  },
  {
    name: 'X-Date in epoch seconds, signed',
    request: resign(withHeaders(base, { 'x-date': String(NOW / 1000) })),
    reason: 'invalid_date',
  },

  // stale_date
  { name: 'X-Date 301 s in the past', request: base, options: { now: NOW + 301_000 }, reason: 'stale_date' },
  { name: 'X-Date 301 s in the future', request: base, options: { now: NOW - 301_000 }, reason: 'stale_date' },
  { name: 'X-Date 300.001 s in the past', request: base, options: { now: NOW + 300_001 }, reason: 'stale_date' },
  { name: 'X-Date a day old (replay)', request: base, options: { now: NOW + 86_400_000 }, reason: 'stale_date' },
  {
    name: 'a custom skew of 10 s, 11 s off',
    request: base,
    options: { now: NOW + 11_000, clockSkewSeconds: 10 },
    reason: 'stale_date',
  },
  {
    name: 'a skew of 0 s, 1 s off',
    request: base,
    options: { now: NOW + 1_000, clockSkewSeconds: 0 },
    reason: 'stale_date',
  },

  // content_length_mismatch
  {
    name: 'Content-Length one more than the body',
    request: withHeaders(base, { 'content-length': String(BODY.length + 1) }),
    reason: 'content_length_mismatch',
  },
  {
    name: 'Content-Length one less than the body',
    request: withHeaders(base, { 'content-length': String(BODY.length - 1) }),
    reason: 'content_length_mismatch',
  },
  {
    name: 'Content-Length with a leading zero',
    request: resign(withHeaders(base, { 'content-length': `0${BODY.length}` })),
    reason: 'content_length_mismatch',
  },
  {
    name: 'Content-Length counting characters of a non-ASCII body, signed',
    request: resign(
      withHeaders(await signed({ body: UNICODE_BODY }), { 'content-length': String(UNICODE_BODY.length) }),
    ),
    reason: 'content_length_mismatch',
  },
  { name: 'a byte appended to the body', request: { ...base, body: `${BODY} ` }, reason: 'content_length_mismatch' },
  {
    name: 'an unsigned but wrong Content-Length',
    request: withHeaders(resign(base, { names: ['request-line', 'x-date', 'content-sha512'] }), {
      'content-length': '1',
    }),
    options: { requiredHeaders: [] },
    reason: 'content_length_mismatch',
  },

  // digest_mismatch
  {
    name: 'the body tampered, same length, original signature (Kong)',
    request: { ...base, body: BODY.replace('Jane', 'Joan') },
    reason: 'digest_mismatch',
  },
  {
    name: 'the body tampered, as bytes',
    request: { ...base, body: Buffer.from(BODY.replace('Doe', 'Roe')) },
    reason: 'digest_mismatch',
  },
  {
    name: 'the digest header tampered (Kong)',
    request: withHeaders(base, { 'content-sha512': `${base.headers['content-sha512']}x` }),
    reason: 'digest_mismatch',
  },
  {
    name: 'the digest of another body, signed',
    request: resign(withHeaders(base, { 'content-sha512': createHash('sha512').update('{}').digest('base64') })),
    reason: 'digest_mismatch',
  },
  {
    name: 'the digest in hex, signed',
    request: resign(withHeaders(base, { 'content-sha512': createHash('sha512').update(BODY).digest('hex') })),
    reason: 'digest_mismatch',
  },
  {
    name: 'the digest in base64url, signed',
    request: resign(withHeaders(base, { 'content-sha512': createHash('sha512').update(BODY).digest('base64url') })),
    reason: 'digest_mismatch',
  },
  {
    name: 'a SHA-256 digest in Content-sha512, signed',
    request: resign(withHeaders(base, { 'content-sha512': createHash('sha256').update(BODY).digest('base64') })),
    reason: 'digest_mismatch',
  },
  {
    name: 'legacy: the digest in hex, signed',
    request: resign(withHeaders(legacy, { 'content-sha256': createHash('sha256').update(BODY).digest('hex') }), {
      names: [...requiredSignedHeaders, 'content-sha256'],
      hash: 'sha256',
      algorithm: 'hmac-sha256',
    }),
    reason: 'digest_mismatch',
  },

  // signature_mismatch
  {
    name: 'signed with the wrong secret',
    request: await signed({ secret: 'wrong-secret' }),
    reason: 'signature_mismatch',
  },
  {
    name: "signed with another user's secret",
    request: await signed({ username: 'other', secret: SECRET }),
    reason: 'signature_mismatch',
  },
  { name: 'the method changed after signing', request: { ...base, method: 'PUT' }, reason: 'signature_mismatch' },
  {
    name: 'the path changed after signing',
    request: { ...base, path: '/api/v1/sessions/point-in-time/plugins' },
    reason: 'signature_mismatch',
  },
  { name: 'a query added after signing', request: { ...base, path: `${PATH}?x=1` }, reason: 'signature_mismatch' },
  {
    name: 'the query changed after signing',
    request: { ...(await signed({ path: `${PATH}?x=1` })), path: `${PATH}?x=2` },
    reason: 'signature_mismatch',
  },
  {
    name: 'the query dropped after signing',
    request: { ...(await signed({ path: `${PATH}?x=1` })), path: PATH },
    reason: 'signature_mismatch',
  },
  {
    name: 'X-Date moved by 1 s, within the skew',
    request: withHeaders(base, { 'x-date': 'Fri, 17 Jan 2020 19:59:30 GMT' }),
    reason: 'signature_mismatch',
  },
  {
    name: 'Content-Type changed after signing',
    request: withHeaders(base, { 'content-type': 'application/json; charset=utf-8' }),
    reason: 'signature_mismatch',
  },
  {
    name: 'the header order swapped after signing',
    request: withAuthorization(base, (value) =>
      value.replace('content-length content-sha512', 'content-sha512 content-length'),
    ),
    reason: 'signature_mismatch',
  },
  {
    name: 'request-line moved after signing',
    request: withAuthorization(base, (value) => value.replace('request-line x-date', 'x-date request-line')),
    reason: 'signature_mismatch',
  },
  {
    name: 'a signed custom header changed',
    request: withHeaders(
      await signed({ headerOrder: [...defaultHeaderOrder, 'idempotency-key'], extra: { 'idempotency-key': 'k-1' } }),
      { 'idempotency-key': 'k-2' },
    ),
    reason: 'signature_mismatch',
  },
  {
    name: 'the signature of another request',
    request: withAuthorization(base, (value) => value.replace(signature, otherSignature)),
    reason: 'signature_mismatch',
  },
  {
    name: 'a signature that is not base64 (Kong)',
    request: withAuthorization(base, (value) => value.replace(signature, 'not really a base64 encoded value!!!')),
    reason: 'signature_mismatch',
  },
  {
    name: 'a truncated signature',
    request: withAuthorization(base, (value) => value.replace(signature, signature.slice(0, -4))),
    reason: 'signature_mismatch',
  },
  {
    name: 'the signature in hex',
    request: withAuthorization(base, (value) =>
      value.replace(signature, Buffer.from(signature, 'base64').toString('hex')),
    ),
    reason: 'signature_mismatch',
  },
  {
    name: 'a legacy SHA-256 HMAC claimed as hmac-sha512',
    request: resign(base, { hash: 'sha256', algorithm: 'hmac-sha512' }),
    reason: 'signature_mismatch',
  },
  {
    name: 'signed with a signing string ending in LF',
    request: withAuthorization(base, (value) =>
      value.replace(
        signature,
        createHmac('sha512', SECRET)
          .update(`${buildSigningString(base, defaultHeaderOrder)}\n`)
          .digest('base64'),
      ),
    ),
    reason: 'signature_mismatch',
  },
  {
    name: 'signed with CRLF line ends',
    request: withAuthorization(base, (value) =>
      value.replace(
        signature,
        createHmac('sha512', SECRET)
          .update(buildSigningString(base, defaultHeaderOrder).replaceAll('\n', '\r\n'))
          .digest('base64'),
      ),
    ),
    reason: 'signature_mismatch',
  },
  {
    name: 'a received path that cannot be a request target',
    request: { ...base, path: '/a b' },
    reason: 'signature_mismatch',
  },
];

describe('verifyRequest rejects, on a fixed clock', () => {
  test.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, { request, options, reason }) => {
    const result = await verifyRequest(request, lookup, { now: NOW, ...options });
    expect(result).toEqual({ ok: false, reason, message: expect.any(String) });
    if (result.ok) return;
    expect(result.message).not.toContain(SECRET);
    expect(result.message).not.toContain(signature.slice(0, 12));
  });

  test.each(rows.map((row) => [row.name, row] as const))(
    '%s: the same verdict over WebCrypto',
    async (_name, { request, options }) => {
      expect(await verifyRequest(request, lookup, { now: NOW, ...options, crypto: webSigningCrypto })).toEqual(
        await verifyRequest(request, lookup, { now: NOW, ...options }),
      );
    },
  );

  test('the matrix covers every reason of the closed set', () => {
    const reasons = {
      missing_authorization: true,
      malformed_authorization: true,
      unknown_username: true,
      unsupported_algorithm: true,
      missing_signed_header: true,
      header_not_signed: true,
      invalid_date: true,
      stale_date: true,
      digest_mismatch: true,
      content_length_mismatch: true,
      signature_mismatch: true,
    } satisfies Record<VerifyFailureReason, true>;
    expect(new Set(rows.map((row) => row.reason))).toEqual(new Set(Object.keys(reasons)));
  });

  test('messages name what is wrong', async () => {
    const message = async (request: TestRequest, options: VerifyOptions = {}) => {
      const result = await verifyRequest(request, lookup, { now: NOW, ...options });
      return result.ok ? '' : result.message;
    };
    expect(await message(resign(base, { names: without(defaultHeaderOrder, 'content-type') }))).toBe(
      'content-type must be listed in headers="…"',
    );
    expect(await message(withHeaders(base, { 'x-date': undefined }))).toBe(
      'signed header x-date is missing from the request',
    );
    expect(await message(base, { now: NOW + 301_000 })).toBe('X-Date is more than 300 seconds from server time');
    expect(await message(withHeaders(base, { authorization: 'hmac username' }))).toBe(
      'Authorization parameter username has no "="',
    );
    expect(await message(legacy, { algorithms: ['hmac-sha512'] })).toBe('algorithm is not supported; use hmac-sha512');
  });
});

describe('verifyRequest accepts', () => {
  const ok = async (request: TestRequest, options: VerifyOptions = {}, username = 'test') => {
    expect(await verifyRequest(request, lookup, { now: NOW, ...options })).toEqual({
      ok: true,
      username,
      algorithm: expect.any(String),
    });
  };

  test('a request signed in either header order', async () => {
    await ok(base);
    await ok(await signed({ headerOrder: alternateHeaderOrder }));
  });

  test('legacy hmac-sha256 with Content-sha256, by default', async () => {
    expect(await verifyRequest(legacy, lookup, { now: NOW })).toEqual({
      ok: true,
      username: 'test',
      algorithm: 'hmac-sha256',
    });
  });

  test('X-Date exactly 300 s off, both ways', async () => {
    await ok(base, { now: NOW + 300_000 });
    await ok(base, { now: NOW - 300_000 });
    await ok(base, { now: new Date(NOW + 300_000) });
  });

  test('a Headers object as well as a record, and the body as bytes or text', async () => {
    await ok({ ...base, headers: new Headers(base.headers as Record<string, string>) } as unknown as TestRequest);
    await ok({ ...base, body: new TextEncoder().encode(BODY) });
    await ok(await signed({ body: UNICODE_BODY }));
    await ok(await signed({ body: '' }));
  });

  test('any declared order, with extra signed and unsigned headers', async () => {
    const order = ['content-sha512', 'x-date', 'idempotency-key', 'content-length', 'request-line', 'content-type'];
    await ok(
      withHeaders(await signed({ headerOrder: order, extra: { 'Idempotency-Key': 'k-1' } }), {
        'x-unsigned': 'anything',
      }),
      {
        requiredHeaders: [...requiredSignedHeaders, 'idempotency-key'],
      },
    );
  });

  test('a query string, as signed', async () => {
    await ok(await signed({ path: `${PATH}?a=1&b=%20` }));
  });

  test('a minimal list when requiredHeaders is empty (X-Date and the digest are still required)', async () => {
    await ok(resign(base, { names: ['x-date', 'content-sha512'] }), { requiredHeaders: [] });
  });

  test('another user with its own secret', async () => {
    await ok(await signed({ username: 'other', secret: OTHER_SECRET }), {}, 'other');
  });

  test("signRequest's own output as the header record (names in the spec's spelling): round-trips", async () => {
    const headers = await signRequest(
      { method: 'POST', path: PATH, body: BODY },
      { username: 'test', secret: SECRET },
      { now: new Date(NOW) },
    );
    expect(Object.keys(headers).some((name) => name !== name.toLowerCase())).toBe(true);
    await ok({ method: 'POST', path: PATH, headers, body: BODY });
    const shouting = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toUpperCase(), value]));
    await ok({ method: 'POST', path: PATH, headers: shouting, body: BODY });
  });
});

describe('verifyRequest reads header names in any letter case', () => {
  test('a tampered mixed-case record is still rejected for the right reason', async () => {
    const headers = await signRequest(
      { method: 'POST', path: PATH, body: BODY },
      { username: 'test', secret: SECRET },
      { now: new Date(NOW) },
    );
    expect(
      await verifyRequest({ method: 'POST', path: PATH, headers, body: `${BODY} ` }, lookup, { now: NOW }),
    ).toMatchObject({ ok: false, reason: 'content_length_mismatch' });
    const { Authorization: _dropped, ...unsigned } = headers as Record<string, string>;
    expect(
      await verifyRequest({ method: 'POST', path: PATH, headers: unsigned, body: BODY }, lookup, { now: NOW }),
    ).toMatchObject({ ok: false, reason: 'missing_authorization' });
  });

  test('two spellings of one name are one header with both values, as Headers joins them', async () => {
    const headers = await signRequest(
      { method: 'POST', path: PATH, body: BODY },
      { username: 'test', secret: SECRET },
      { now: new Date(NOW) },
    );
    const doubled = { ...headers, 'x-date': (headers as Record<string, string>)['X-Date']! };
    expect(
      await verifyRequest({ method: 'POST', path: PATH, headers: doubled, body: BODY }, lookup, { now: NOW }),
    ).toMatchObject({ ok: false, reason: 'invalid_date' });
  });
});

describe('verifyRequest options', () => {
  test('an invalid clock or skew is a programming error, thrown', async () => {
    await expect(verifyRequest(base, lookup, { now: new Date(Number.NaN) })).rejects.toThrow(
      /now must be a valid date/,
    );
    await expect(verifyRequest(base, lookup, { now: NOW, clockSkewSeconds: -1 })).rejects.toThrow(
      /clockSkewSeconds must be a number >= 0/,
    );
    await expect(verifyRequest(base, lookup, { now: NOW, clockSkewSeconds: Number.NaN })).rejects.toThrow(
      /clockSkewSeconds/,
    );
  });
});
