import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { signingAlgorithms, signingConfig } from '../spec/signing-config.js';
import { parseHttpDate } from './http-date.js';
import { signRequest } from './sign-request.js';
import { verifyRequest, type VerifyFailureReason, type VerifyResult } from './verify-request.js';

const NUM_RUNS = 200;
const SKEW_MS = signingConfig.clockSkewSeconds * 1000;
const { defaultHeaderOrder, alternateHeaderOrder } = signingConfig;

const body = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.json(),
  fc.uint8Array({ maxLength: 512 }),
);
const path = fc
  .tuple(fc.webPath(), fc.option(fc.webQueryParameters(), { nil: undefined }))
  .map(
    ([pathPart, query]) => `${pathPart.startsWith('/') ? '' : '/'}${pathPart}${query === undefined ? '' : `?${query}`}`,
  );
const method = fc.constantFrom('POST', 'PUT', 'PATCH', 'GET', 'DELETE');
const headerOrder = fc.oneof(
  fc.constantFrom(defaultHeaderOrder, alternateHeaderOrder),
  fc.shuffledSubarray([...defaultHeaderOrder], { minLength: defaultHeaderOrder.length }),
);
const username = fc.stringMatching(/^[A-Za-z0-9._@-]{1,40}$/);
const secret = fc.string({ unit: 'binary', minLength: 1, maxLength: 64 });
const signedAt = fc.date({
  min: new Date('1970-01-01T00:00:00Z'),
  max: new Date('9999-12-31T23:59:59Z'),
  noInvalidDate: true,
});

const signedInput = fc.record({
  body,
  path,
  method,
  headerOrder,
  algorithm: fc.constantFrom(...signingAlgorithms),
  username,
  secret,
  signedAt,
});

type SignInput = typeof signedInput extends fc.Arbitrary<infer T> ? T : never;

async function sign(input: SignInput) {
  const headers = await signRequest(
    { method: input.method, path: input.path, body: input.body },
    { username: input.username, secret: input.secret },
    { now: input.signedAt, algorithm: input.algorithm, headerOrder: input.headerOrder },
  );
  const lowerCase = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  // The server's clock at the X-Date second: X-Date drops milliseconds.
  const xDate = parseHttpDate(lowerCase['x-date']!)!;
  return { input, request: { method: input.method, path: input.path, body: input.body, headers: lowerCase }, xDate };
}

type Signed = Awaited<ReturnType<typeof sign>>;

async function verdict({ input, request, xDate }: Signed, changes: Partial<Signed['request']> = {}, now = xDate) {
  return verifyRequest({ ...request, ...changes }, (name) => (name === input.username ? input.secret : undefined), {
    now,
  });
}

function reasonOf(result: VerifyResult): VerifyFailureReason | 'ok' {
  return result.ok ? 'ok' : result.reason;
}

const byteLength = (value: string | Uint8Array) =>
  typeof value === 'string' ? Buffer.byteLength(value) : value.byteLength;
const sameBytes = (a: string | Uint8Array, b: string | Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('sign then verify', () => {
  test('always passes, for any body, path, method, algorithm, order, time and clock within the skew', async () => {
    await fc.assert(
      fc.asyncProperty(signedInput, fc.integer({ min: -SKEW_MS, max: SKEW_MS }), async (input, offset) => {
        const signed = await sign(input);
        expect(await verdict(signed, {}, signed.xDate + offset)).toEqual({
          ok: true,
          username: signed.input.username,
          algorithm: signed.input.algorithm,
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('a change after signing fails with the right reason', () => {
  test('any signed header value', async () => {
    const change = fc.record({
      index: fc.nat(),
      value: fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
      seconds: fc.integer({ min: -600, max: 600 }).filter((seconds) => seconds !== 0),
      asDate: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(signedInput, change, async (input, { index, value, seconds, asDate }) => {
        const signed = await sign(input);
        const names = Object.keys(signed.request.headers).filter((name) => name !== 'authorization');
        const name = names[index % names.length]!;
        const original = signed.request.headers[name]!;
        const replacement = name === 'x-date' && asDate ? new Date(signed.xDate + seconds * 1000).toUTCString() : value;
        fc.pre(replacement !== original);
        const result = await verdict(signed, { headers: { ...signed.request.headers, [name]: replacement } });
        const expected: VerifyFailureReason =
          name === 'x-date'
            ? parseHttpDate(replacement) === undefined
              ? 'invalid_date'
              : Math.abs(seconds) * 1000 > SKEW_MS
                ? 'stale_date'
                : 'signature_mismatch'
            : name === 'content-length'
              ? 'content_length_mismatch'
              : name.startsWith('content-sha')
                ? 'digest_mismatch'
                : 'signature_mismatch';
        expect(reasonOf(result)).toBe(expected);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('the body', async () => {
    await fc.assert(
      fc.asyncProperty(signedInput, body, async (input, other) => {
        const signed = await sign(input);
        fc.pre(!sameBytes(other, signed.request.body));
        const expected =
          byteLength(other) === byteLength(signed.request.body) ? 'digest_mismatch' : 'content_length_mismatch';
        expect(reasonOf(await verdict(signed, { body: other }))).toBe(expected);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test.each([
    ['method', method],
    ['path', path],
  ] as const)('the %s (request-line)', async (part, other) => {
    await fc.assert(
      fc.asyncProperty(signedInput, other, async (input, value) => {
        const signed = await sign(input);
        fc.pre(value !== signed.request[part]);
        expect(reasonOf(await verdict(signed, { [part]: value }))).toBe('signature_mismatch');
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('the clock beyond the skew, either way', async () => {
    const beyond = fc.oneof(
      fc.integer({ min: SKEW_MS + 1, max: 10 * SKEW_MS }),
      fc.integer({ min: -10 * SKEW_MS, max: -SKEW_MS - 1 }),
    );
    await fc.assert(
      fc.asyncProperty(signedInput, beyond, async (input, offset) => {
        const signed = await sign(input);
        expect(reasonOf(await verdict(signed, {}, signed.xDate + offset))).toBe('stale_date');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
