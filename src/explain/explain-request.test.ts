import { describe, expect, test } from 'vitest';
import { listSigningVectorFiles, readSigningVectors } from '../../test-support/read-signing-vectors.js';
import { explainRequest } from './explain-request.js';
import { MAX_CANDIDATES } from './reconstruct-signature.js';
import type { DiagnosisCode, Explanation } from './explanation.js';
import {
  AT,
  SECRET,
  digestOf,
  fromVector,
  nonAscii,
  quickStart,
  senderAuthorization,
  senderSigningString,
  specSpelling,
  toCaptured,
  toHar,
  toRaw,
  withQuery,
  withValues,
  type SenderRule,
  type WireRequest,
} from '../../test-support/mistaken-sender.js';

const correct = fromVector(quickStart);
const codes = (explanation: Explanation) => explanation.diagnoses.map((diagnosis) => diagnosis.code).sort();
const explain = (request: WireRequest, rule: SenderRule = {}, options: { at?: number; username?: string } = {}) =>
  explainRequest(toRaw(request, rule), request.secret, { at: request.at, ...options });
const check = (explanation: Explanation, name: string) => explanation.checks.find((each) => each.name === name)!;
const alternateOrder = ['request-line', 'x-date', 'content-type', 'content-sha512', 'content-length'];

describe('a correct request', () => {
  test('the test sender reproduces the golden vectors, so its mistakes are the only difference', async () => {
    for (const file of listSigningVectorFiles()) {
      for (const vector of readSigningVectors(file))
        expect(senderAuthorization(fromVector(vector)), vector.name).toContain(`signature="${vector.signature}"`);
    }
  });

  test.each(
    listSigningVectorFiles().flatMap((file) =>
      readSigningVectors(file).map((vector) => [vector.name, vector] as const),
    ),
  )('%s: ok, every check passes, no diagnosis', async (_, vector) => {
    const explanation = await explain(fromVector(vector));
    expect(explanation.diagnoses).toEqual([]);
    expect(explanation.checks.filter((each) => !each.ok)).toEqual([]);
    expect(explanation.ok).toBe(true);
  });
});

describe('one diagnosis per mistake, each committed on a correct signed request', () => {
  const cases: [DiagnosisCode, string, () => Promise<Explanation>, RegExp][] = [
    [
      'content_length_not_bytes',
      'Content-Length counts UTF-16 units',
      async () => await explain(withValues(fromVector(nonAscii), { 'content-length': String(nonAscii.body.length) })),
      /counts the body's UTF-16 code units/,
    ],
    [
      'content_length_not_bytes',
      'Content-Length counts code points',
      async () =>
        await explain(withValues(fromVector(nonAscii), { 'content-length': String([...nonAscii.body].length) })),
      /code points/,
    ],
    [
      'digest_hex',
      'the digest in hex',
      async () => await explain(withValues(correct, { 'content-sha512': digestOf(correct.body, 'sha512', 'hex') })),
      /hex \(128 characters\)/,
    ],
    [
      'digest_algorithm_mismatch',
      'SHA-256 in Content-sha512',
      async () => await explain(withValues(correct, { 'content-sha512': digestOf(correct.body, 'sha256') })),
      /SHA256 of the body, not its SHA512/,
    ],
    [
      'digest_other_bytes',
      'digest of the pretty-printed body',
      async () =>
        await explain(
          withValues(correct, { 'content-sha512': digestOf(JSON.stringify(JSON.parse(correct.body), null, 2)) }),
        ),
      /pretty-printed with 2 spaces/,
    ],
    [
      'digest_other_bytes',
      'digest of the body with escaped Unicode',
      async () => {
        const request = fromVector(nonAscii);
        const escaped = nonAscii.body.replace(
          /[\u007f-\uffff]/g,
          (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
        );
        return await explain(withValues(request, { 'content-sha512': digestOf(escaped) }));
      },
      /non-ASCII written as \\uXXXX escapes/,
    ],
    [
      'digest_other_bytes',
      'digest of the body with its keys in another order',
      async () => {
        const sorted = JSON.stringify(sortKeys(JSON.parse(correct.body)));
        return await explain(withValues(correct, { 'content-sha512': digestOf(sorted) }));
      },
      /keys sorted/,
    ],
    [
      'signing_string_trailing_newline',
      'a newline after the last line',
      async () => await explain(correct, { trailingNewline: true }),
      /newline after its last line/,
    ],
    [
      'signing_string_crlf',
      'lines joined with CRLF',
      async () => await explain(correct, { separator: '\r\n' }),
      /CRLF/,
    ],
    [
      'header_order',
      'signed in the other documented order',
      async () => await explain(correct, { order: alternateOrder }),
      /order "request-line x-date content-type content-sha512 content-length"/,
    ],
    [
      'request_line_version',
      'HTTP/2 on the signed request line',
      async () => await explain(correct, { version: 'HTTP/2' }),
      /"HTTP\/2", not "HTTP\/1.1"/,
    ],
    [
      'request_line_version',
      'HTTP/1.0 on the signed request line',
      async () => await explain(correct, { version: 'HTTP/1.0' }),
      /"HTTP\/1.0"/,
    ],
    [
      'request_line_version',
      'no version on the signed request line',
      async () => await explain(correct, { version: '' }),
      /no HTTP version/,
    ],
    [
      'request_line_query',
      'query left out of the signed request line',
      async () => await explain(fromVector(withQuery), { signedTarget: withQuery.path.split('?')[0] }),
      /without the query string that was sent/,
    ],
    [
      'request_line_query',
      'an empty query added to the signed request line',
      async () => await explain(correct, { signedTarget: `${correct.target}?` }),
      /with a query/,
    ],
    [
      'request_line_query',
      'the query signed percent-decoded',
      async () => await explain(fromVector(withQuery), { signedTarget: decodeURIComponent(withQuery.path) }),
      /with the query percent-decoded: ".*\?trace=a b&x=1&x=2"/,
    ],
    [
      'request_line_url',
      'the full URL on the signed request line',
      async () => await explain(correct, { signedTarget: `https://${correct.values.host}${correct.target}` }),
      /full URL "https:\/\/iip-session-management-uat\.ingo\.money\/api/,
    ],
    [
      'secret_whitespace',
      'the secret read with its trailing newline',
      async () => await explain(correct, { secret: `${SECRET}\n` }),
      /made with the secret with a trailing newline/,
    ],
    [
      'content_type_changed',
      'a charset appended to Content-Type after signing',
      async () =>
        await explain(withValues(correct, { 'content-type': 'application/json; charset=utf-8' }), {
          signedValues: { 'content-type': 'application/json' },
        }),
      /covers Content-Type "application\/json", but "application\/json; charset=utf-8" was sent/,
    ],
    [
      'header_name_case',
      'names signed as the spec spells them',
      async () => await explain(correct, { spellName: specSpelling }),
      /signed as spelt on the wire, not in lower case/,
    ],
    [
      'header_name_case',
      'names signed in upper case',
      async () => await explain(correct, { spellName: (name) => name.toUpperCase() }),
      /in upper case/,
    ],
    [
      'header_value_whitespace',
      'no space after the colon',
      async () => await explain(correct, { colon: ':' }),
      /no space after the colon/,
    ],
    [
      'date_format',
      'X-Date in ISO 8601',
      async () => await explain(withValues(correct, { 'x-date': '2020-01-17T19:59:29Z' })),
      /ISO 8601.*"Fri, 17 Jan 2020 19:59:29 GMT"/,
    ],
    [
      'date_format',
      'X-Date without GMT',
      async () => await explain(withValues(correct, { 'x-date': 'Fri, 17 Jan 2020 19:59:29' })),
      /without "GMT"/,
    ],
    [
      'date_format',
      'X-Date in a local zone',
      async () => await explain(withValues(correct, { 'x-date': 'Fri, 17 Jan 2020 14:59:29 -0500' })),
      /local time \(-0500\).*"Fri, 17 Jan 2020 19:59:29 GMT"/,
    ],
    [
      'date_weekday',
      'X-Date names the wrong weekday',
      async () => await explain(withValues(correct, { 'x-date': 'Thu, 17 Jan 2020 19:59:29 GMT' })),
      /says Thu, but 17 Jan 2020 is a Fri/,
    ],
    [
      'clock_skew',
      'sender clock ahead',
      async () => await explain(withValues(correct, { 'x-date': new Date(AT + 432_000).toUTCString() })),
      /7 min 12 s ahead of/,
    ],
    [
      'clock_skew',
      'sender clock behind',
      async () => await explain(withValues(correct, { 'x-date': new Date(AT - 3_661_000).toUTCString() })),
      /1 h 1 min 1 s behind/,
    ],
    [
      'clock_skew',
      'local time written as GMT',
      async () => await explain(withValues(correct, { 'x-date': new Date(AT - 5 * 3_600_000).toUTCString() })),
      /5 whole hours off, which looks like local time \(UTC-5\)/,
    ],
    [
      'signature_encoding',
      'Base64url signature',
      async () => await explain(correct, { encodeSignature: (mac) => mac.toString('base64url') }),
      /Base64url/,
    ],
    [
      'signature_encoding',
      'hex signature',
      async () => await explain(correct, { encodeSignature: (mac) => mac.toString('hex') }),
      /written as hex/,
    ],
    [
      'signature_encoding',
      'Base64 without padding',
      async () => await explain(correct, { encodeSignature: (mac) => mac.toString('base64').replace(/=+$/, '') }),
      /without its "=" padding/,
    ],
    [
      'username_mismatch',
      'the request names another user',
      async () => await explain({ ...correct, username: 'tset' }, {}, { username: 'test' }),
      /names username "tset", but the secret belongs to "test"/,
    ],
    [
      'wrong_secret_or_unknown',
      'signed with another secret',
      async () => await explain(correct, { secret: 'another-secret' }),
      /no signing rule tried reproduces the signature with the secret given \(\d+ candidates in [\d.]+ ms\)\. Ruled out.*Not ruled out: the secret; a signed value changed after signing/,
    ],
    [
      'content_type_not_json',
      'a form content type',
      async () => await explain(withValues(correct, { 'content-type': 'application/x-www-form-urlencoded' })),
      /not application\/json/,
    ],
    [
      'invalid_date',
      'an X-Date no format reads',
      async () => await explain(withValues(correct, { 'x-date': 'yesterday at noon' })),
      /no known date format/,
    ],
    [
      'content_length_mismatch',
      'a Content-Length no count explains',
      async () => await explain(withValues(correct, { 'content-length': '999' })),
      /no character count/,
    ],
    [
      'digest_mismatch',
      'a digest of something else',
      async () => await explain(withValues(correct, { 'content-sha512': digestOf('something else') })),
      /of the bytes sent or of any other serialisation/,
    ],
    [
      'header_not_signed',
      'content-length left out of headers=',
      async () => await explain({ ...correct, names: ['request-line', 'x-date', 'content-type', 'content-sha512'] }),
      /does not list content-length/,
    ],
    [
      'missing_signed_header',
      'a signed header that is not sent',
      async () => await explain({ ...correct, names: [...correct.names, 'idempotency-key'] }),
      /lists idempotency-key/,
    ],
    [
      'unsupported_algorithm',
      'an unknown algorithm',
      async () => await explain({ ...correct, algorithm: 'hmac-sha1' }),
      /"hmac-sha1" is not one of/,
    ],
  ];

  test.each(cases)('%s: %s', async (code, _, run, message) => {
    const explanation = await run();
    expect(codes(explanation)).toEqual([code]);
    expect(explanation.ok).toBe(false);
    expect(explanation.diagnoses[0]!.message).toMatch(message);
    expect(explanation.diagnoses[0]!.fix.length).toBeGreaterThan(10);
  });

  test('missing_authorization and malformed_authorization', async () => {
    const raw = toRaw(correct);
    const without = raw.replace(/Authorization: .*\r\n/, '');
    expect(codes(await explainRequest(without, SECRET, { at: AT }))).toEqual(['missing_authorization']);
    const broken = raw.replace(/Authorization: .*\r\n/, 'Authorization: hmac username="test" algorithm\r\n');
    expect(codes(await explainRequest(broken, SECRET, { at: AT }))).toEqual(['malformed_authorization']);
  });

  test('a digest header of the other algorithm sent instead is digest_algorithm_mismatch', async () => {
    const { 'content-sha512': _, ...values } = correct.values;
    const request = {
      ...correct,
      names: [...correct.names.slice(0, 4), 'content-sha256'],
      values: { ...values, 'content-sha256': digestOf(correct.body, 'sha256') },
    };
    const explanation = await explain(request);
    expect(codes(explanation)).toEqual(['digest_algorithm_mismatch', 'header_not_signed']);
    expect(explanation.diagnoses.find((each) => each.code === 'digest_algorithm_mismatch')!.message).toMatch(
      /needs content-sha512, but the request sends content-sha256/,
    );
  });

  test('legacy hmac-sha256: a SHA-512 digest in Content-sha256 is digest_algorithm_mismatch', async () => {
    const legacy = fromVector(readSigningVectors('hmac-sha256-legacy.json')[0]!);
    expect(codes(await explain(withValues(legacy, { 'content-sha256': digestOf(legacy.body, 'sha512') })))).toEqual([
      'digest_algorithm_mismatch',
    ]);
  });

  test('an HTTP/2 HAR capture whose client signed the version it speaks is request_line_version', async () => {
    const h2 = { ...correct, version: 'HTTP/2' };
    const explanation = await explainRequest(toHar(h2, { version: 'HTTP/2' }), SECRET, { at: AT });
    expect(codes(explanation)).toEqual(['request_line_version']);
    expect(check(explanation, 'request_line')).toMatchObject({ ok: true, received: `POST ${correct.target} HTTP/2` });
  });

  test('username_mismatch says when the name differs only in case', async () => {
    const explanation = await explain({ ...correct, username: 'TEST' }, {}, { username: 'test' });
    expect(explanation.diagnoses[0]!.message).toMatch(/only in case/);
  });
});

describe('the signing-string comparison', () => {
  test('a mismatch shows the expected string beside what the sender signed, first differing line marked', async () => {
    const rule: SenderRule = { spellName: specSpelling };
    const signature = check(await explain(correct, rule), 'signature');
    expect(signature.signingString).toEqual({
      expected: senderSigningString(correct),
      reconstructed: senderSigningString(correct, rule),
      firstDifferingLine: 2,
    });
  });

  test('CRLF joins differ from line 1, a trailing newline after the last line', async () => {
    expect(check(await explain(correct, { separator: '\r\n' }), 'signature').signingString!.firstDifferingLine).toBe(1);
    expect(
      check(await explain(correct, { trailingNewline: true }), 'signature').signingString!.firstDifferingLine,
    ).toBe(6);
  });

  test('without a reconstruction only the expected string is shown', async () => {
    expect(check(await explain(correct, { secret: 'another-secret' }), 'signature').signingString).toEqual({
      expected: senderSigningString(correct),
    });
  });
});

describe('combined mistakes', () => {
  test('every mistake of one request is reported', async () => {
    const request = withValues(fromVector(nonAscii), {
      'content-length': String(nonAscii.body.length),
      'content-sha512': digestOf(nonAscii.body, 'sha512', 'hex'),
      'x-date': new Date(AT + 600_000).toUTCString(),
    });
    const rule: SenderRule = {
      separator: '\r\n',
      trailingNewline: true,
      version: 'HTTP/2',
      order: alternateOrder,
      spellName: (name) => name.toUpperCase(),
      colon: ':',
      encodeSignature: (mac) => mac.toString('hex'),
    };
    expect(codes(await explain(request, rule))).toEqual(
      [
        'clock_skew',
        'content_length_not_bytes',
        'digest_hex',
        'header_name_case',
        'header_order',
        'header_value_whitespace',
        'request_line_version',
        'signature_encoding',
        'signing_string_crlf',
        'signing_string_trailing_newline',
      ].sort(),
    );
  });

  test('an unlikely order (no documented order, no swap) is found beside one more mistake', async () => {
    const rotated = ['x-date', 'content-type', 'request-line', 'content-length', 'content-sha512'];
    expect(codes(await explain(correct, { order: rotated, separator: '\r\n' }))).toEqual([
      'header_order',
      'signing_string_crlf',
    ]);
  });

  test('a digest that is hex of another algorithm of a pretty-printed body names all three', async () => {
    const pretty = JSON.stringify(JSON.parse(correct.body), null, 4);
    expect(codes(await explain(withValues(correct, { 'content-sha512': digestOf(pretty, 'sha256', 'hex') })))).toEqual([
      'digest_algorithm_mismatch',
      'digest_hex',
      'digest_other_bytes',
    ]);
  });

  test('a rare mistake beside common ones: a secret with its newline, CRLF joins and a hex signature', async () => {
    expect(
      codes(
        await explain(correct, {
          secret: `${SECRET}\n`,
          separator: '\r\n',
          encodeSignature: (mac) => mac.toString('hex'),
        }),
      ),
    ).toEqual(['secret_whitespace', 'signature_encoding', 'signing_string_crlf']);
  });

  test('an ISO 8601 date that is also stale reports both', async () => {
    expect(codes(await explain(withValues(correct, { 'x-date': '2020-01-17T18:00:00Z' })))).toEqual([
      'clock_skew',
      'date_format',
    ]);
  });
});

describe('the bounded search', () => {
  test('a larger request reaches the bound: the phases it cut short are named as not ruled out', async () => {
    const larger = withValues(fromVector(withQuery), {
      'idempotency-key': '5f1c1f9e-6c53-4d1a-9c39-0a8a3b8e2a11',
      date: withQuery.x_date,
    });
    const explanation = await explain(
      { ...larger, names: [...larger.names, 'idempotency-key'] },
      { secret: 'x-secret' },
    );
    expect(codes(explanation)).toEqual(['wrong_secret_or_unknown']);
    const search = check(explanation, 'signature').search!;
    expect(search.candidates).toBe(MAX_CANDIDATES);
    expect(search.cutShort).toEqual([
      'every other header order with up to 1 more mistake',
      'common mistakes, 3 or more at once',
    ]);
    expect(explanation.diagnoses[0]!.message).toMatch(
      /stopped at its bound \(20000 candidates or 48 MB of signing strings\) before finishing: every other header order with up to 1 more mistake; common mistakes, 3 or more at once; what those would have tried is not ruled out/,
    );
  });

  test('long signed headers reach the bound sooner (bytes hashed): what was cut short is not claimed ruled out', async () => {
    const long = Object.fromEntries(Array.from({ length: 30 }, (_, at) => [`x-long-${at}`, 'v'.repeat(500)]));
    const request = withValues(correct, long);
    const explanation = await explain(
      { ...request, names: [...correct.names, ...Object.keys(long)] },
      { secret: 'x-secret' },
    );
    const { search } = check(explanation, 'signature');
    expect(search!.candidates).toBeLessThan(MAX_CANDIDATES);
    expect(search!.cutShort![0]).toBe('common mistakes, up to 2 at once');
    const { message } = explanation.diagnoses.find(({ code }) => code === 'wrong_secret_or_unknown')!;
    expect(message).not.toMatch(/Ruled out/);
    expect(message).toMatch(/before finishing: common mistakes, up to 2 at once; each rare mistake alone/);
  });

  test('the quick-start request is searched whole: nothing is cut short', async () => {
    const explanation = await explain(correct, { secret: 'x-secret' });
    expect(check(explanation, 'signature').search!.cutShort).toBeUndefined();
    expect(explanation.diagnoses[0]!.message).not.toMatch(/bound/);
  });
});

describe('judging time and options', () => {
  test('without at, X-Date is judged against now: an old capture is clock skew, behind', async () => {
    const explanation = await explainRequest(toRaw(correct), SECRET);
    expect(codes(explanation)).toEqual(['clock_skew']);
    expect(explanation.diagnoses[0]!.message).toMatch(/behind the server's time/);
  });

  test('a CapturedRequest object is accepted as well as text', async () => {
    expect((await explainRequest(toCaptured(correct), SECRET, { at: new Date(AT) })).ok).toBe(true);
  });

  test('an empty secret or an invalid time is refused', async () => {
    await expect(explainRequest(toRaw(correct), '', { at: AT })).rejects.toThrow(/secret is empty/);
    await expect(explainRequest(toRaw(correct), SECRET, { at: Number.NaN })).rejects.toThrow(/at must be a valid date/);
  });
});

describe('secrets never appear', () => {
  test('in any explanation, even when the request carries the secret in a header', async () => {
    const leaky = withValues(correct, { 'x-debug': SECRET });
    const explanations = [
      await explain(leaky, { secret: 'another-secret' }),
      await explain({ ...leaky, names: [...correct.names, 'x-debug'] }, { separator: '\r\n' }),
      await explain(withValues(correct, { 'content-sha512': SECRET })),
      await explain(correct, { secret: `${SECRET}\n` }),
    ];
    for (const explanation of explanations) expect(JSON.stringify(explanation)).not.toContain(SECRET);
  });
});

function sortKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
