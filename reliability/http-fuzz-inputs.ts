import fc from 'fast-check';
import { createSessionPath } from '../src/spec/create-session-operation.js';
import { signRequest } from '../src/signing/sign-request.js';
import { headerSpelling } from '../src/spec/signing-config.js';
import { minimalBodyText, reliabilityCredentials } from './reliability-fixtures.js';

const path = createSessionPath;
// The spec's headers as sent, and the transport headers a hostile client plays with.
const knownHeaders = [
  ...new Set([...Object.values(headerSpelling), 'Content-Length', 'Transfer-Encoding', 'Host', 'Connection', 'Expect']),
];
const ascii = fc.string({ unit: 'binary-ascii', maxLength: 120 });
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 120,
});
const token = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,24}$/);
const fetchHeaderValue = fc.oneof(
  printable,
  fc.nat().map(String),
  fc.constantFrom('-1', '0', 'chunked', 'application/json', 'text/plain', '1e3', '0x10', 'hmac username="x"', ''),
);
// Raw header values may hold any byte but CR and LF, which would only end the line.
const headerValue = fc.oneof(
  fetchHeaderValue,
  ascii.map((text) => text.replace(/[\r\n]/g, '')),
);
const webPath = fc.webPath().map((p) => (p.startsWith('/') ? p : `/${p}`));
const target = fc.oneof(
  fc.constantFrom(
    path,
    `${path}?a=1`,
    `${path}/`,
    '*',
    `http://127.0.0.1${path}`,
    '/',
    `/${'a'.repeat(9_000)}`,
    `${path}#frag`,
  ),
  webPath,
  ascii,
);
const validBody = JSON.parse(minimalBodyText) as Record<string, unknown>;
const bodyFields = [
  'participant_unique_id1',
  'participant_unique_id2',
  'host_uri',
  'language_locale_code',
  'recipient_information',
  '__proto__',
  'constructor',
];
const recipientFields = ['first_name', 'state', 'zip_code', 'email_address', 'open_banking', '__proto__'];
// The spec's valid body with one field (top level or in recipient_information) set to any JSON value.
const nearlyValidBody = fc
  .tuple(
    fc.constantFrom(
      ...bodyFields.map((field) => [field]),
      ...recipientFields.map((field) => ['recipient_information', field]),
    ),
    fc.jsonValue({ maxDepth: 3 }),
  )
  .map(([[field, inner], value]) => {
    const body = JSON.parse(minimalBodyText) as Record<string, unknown>;
    if (inner === undefined) Object.defineProperty(body, field!, { value, enumerable: true });
    else Object.defineProperty(body.recipient_information as object, inner, { value, enumerable: true });
    return JSON.stringify(body);
  });
const jsonBody = fc.oneof(
  nearlyValidBody,
  fc.json({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify({ ...validBody, participant_unique_id1: value })),
);
const anyBody = fc.oneof(
  jsonBody,
  ascii,
  fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

/** A correctly signed Create Session request at `nowMs`, as raw HTTP/1.1 text. */
export async function signedRawRequest(
  body: string,
  nowMs: number,
  extraHeaders: Record<string, string> = {},
): Promise<string> {
  const headers = {
    Host: '127.0.0.1',
    ...(await signRequest({ method: 'POST', path, body }, reliabilityCredentials, { now: new Date(nowMs) })),
    ...extraHeaders,
  };
  return `POST ${path} HTTP/1.1\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n${body}`;
}

/**
 * Raw bytes for the mock's TCP port: random bytes; random text; a request built from random parts
 * (method, target, version, header lines with junk and folded lines, Content-Length right, wrong
 * or absurd, chunked bodies, any body, either line ending); and a valid signed request truncated,
 * with a byte changed, or followed by garbage (pipelined).
 */
export function rawRequestArbitrary(validRequest: string): fc.Arbitrary<Buffer> {
  const lineEnd = fc.constantFrom('\r\n', '\n');
  const headerLine = fc.oneof(
    fc.tuple(fc.constantFrom(...knownHeaders), headerValue).map(([name, value]) => `${name}: ${value}`),
    fc.tuple(token, headerValue).map(([name, value]) => `${name}:${value}`),
    ascii,
    printable.map((text) => ` ${text}`),
  );
  const built = fc
    .record({
      method: fc.oneof(
        fc.constantFrom('POST', 'GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'CONNECT', 'TRACE', 'PRI', 'post'),
        token,
        ascii,
      ),
      target,
      version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'http/1.1', 'HTTP/1.1 x', '', 'HTTP/9.9'),
      headers: fc.array(headerLine, { maxLength: 12 }),
      length: fc.oneof(
        fc.constant('right'),
        fc.constant('none'),
        fc.integer({ min: -5, max: 5 }),
        fc.constantFrom('99999999999999999999', '-1', 'abc', '1, 2', '0x10'),
      ),
      chunked: fc.boolean(),
      body: anyBody,
      eol: lineEnd,
    })
    .map(({ method, target: t, version, headers, length, chunked, body, eol }) => {
      const size = Buffer.byteLength(body, 'latin1');
      const lines = [`${method} ${t} ${version}`.trimEnd(), 'Host: 127.0.0.1', ...headers];
      if (chunked) lines.push('Transfer-Encoding: chunked');
      if (length !== 'none')
        lines.push(
          `Content-Length: ${length === 'right' ? size : typeof length === 'number' ? Math.max(0, size + length) : length}`,
        );
      const payload = chunked ? `${size.toString(16)}${eol}${body}${eol}0${eol}${eol}` : body;
      return Buffer.from(`${lines.join(eol)}${eol}${eol}${payload}`, 'latin1');
    });
  const valid = Buffer.from(validRequest, 'latin1');
  const mutated = fc.oneof(
    fc.nat({ max: valid.length }).map((at) => valid.subarray(0, at)),
    fc
      .tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 }))
      .map(([at, byte]) => Buffer.concat([valid.subarray(0, at), Buffer.of(byte), valid.subarray(at + 1)])),
    fc.uint8Array({ maxLength: 256 }).map((junk) => Buffer.concat([valid, junk])),
    fc.constant(Buffer.concat([valid, valid])),
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1_024 }).map((bytes) => Buffer.from(bytes)) },
    { weight: 1, arbitrary: ascii.map((text) => Buffer.from(text, 'latin1')) },
    { weight: 4, arbitrary: built },
    { weight: 2, arbitrary: mutated },
  );
}

/** A request that `fetch` can send: valid HTTP, hostile content. */
export interface FetchFuzzInput {
  method: string;
  target: string;
  headers: Record<string, string>;
  body: string | undefined;
}

// fetch writes these itself, or refuses them; the raw TCP fuzz covers them.
const fetchManaged = new Set([
  'content-length',
  'transfer-encoding',
  'host',
  'connection',
  'expect',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
]);

/**
 * Requests for `fetch`: any method fetch allows, the route or another target, any body (JSON that
 * is nearly a valid body, any JSON, text, bytes), random and known header names with any value, and
 * half the time a correct signature over the body, so that the request reaches the mock's JSON,
 * schema and idempotency checks instead of stopping at the signature.
 */
export function fetchRequestArbitrary(nowMs: number): fc.Arbitrary<Promise<FetchFuzzInput>> {
  return fc
    .record({
      method: fc.oneof(
        { weight: 8, arbitrary: fc.constant('POST') },
        { weight: 2, arbitrary: fc.constantFrom('PUT', 'GET', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') },
      ),
      target: fc.oneof(
        { weight: 4, arbitrary: fc.constant(path) },
        { weight: 1, arbitrary: webPath },
        { weight: 1, arbitrary: fc.webQueryParameters().map((query) => `${path}?${query}`) },
      ),
      body: fc.oneof(jsonBody, anyBody),
      sign: fc.boolean(),
      headers: fc.dictionary(fc.oneof(fc.constantFrom(...knownHeaders), token), fetchHeaderValue, { maxKeys: 6 }),
      idempotencyKey: fc.option(fc.oneof(printable, fc.string({ minLength: 240, maxLength: 300 })), { nil: undefined }),
    })
    .map(async ({ method, target: t, body, sign, headers, idempotencyKey }) => {
      const withBody = method !== 'GET' && method !== 'HEAD';
      const extra = Object.fromEntries(
        Object.entries(headers).filter(([name]) => !fetchManaged.has(name.toLowerCase())),
      );
      const signed =
        sign && withBody
          ? await signRequest({ method, path: t, body }, reliabilityCredentials, { now: new Date(nowMs) })
          : {};
      const allHeaders: Record<string, string> = {
        ...extra,
        ...signed,
        ...(idempotencyKey === undefined ? {} : { 'Idempotency-Key': idempotencyKey }),
      };
      delete allHeaders['Content-Length'];
      return { method, target: t, headers: allHeaders, body: withBody ? body : undefined };
    });
}
