import { describe, expect, test } from 'vitest';
import { formatAuthorization, parseAuthorization, type HmacAuthorization } from './authorization-header.js';
import { isSigningError } from './signing-error.js';

const SIGNATURE = 'MoWjVyp7YQbn0pgwPDvM00VlfsZ+/+0XUVSILpTNAuH5jiMduxUQtMN3q4jv2QpOBI34kLxhxTfTkLgcKUn8nw==';
const parsed: HmacAuthorization = {
  username: 'bob',
  algorithm: 'hmac-sha512',
  headers: ['request-line', 'x-date', 'content-type', 'content-length', 'content-sha512'],
  signature: SIGNATURE,
};
const canonical = `hmac username="bob", algorithm="hmac-sha512", headers="request-line x-date content-type content-length content-sha512", signature="${SIGNATURE}"`;

/** The SigningError message `parseAuthorization(value)` throws; fails the test when it does not throw one. */
function parseError(value: string): string {
  try {
    parseAuthorization(value);
  } catch (error) {
    if (!isSigningError(error)) throw error;
    return error.message;
  }
  throw new Error(`parsed without error: ${value}`);
}

describe('parseAuthorization accepts', () => {
  test.each([
    ['the canonical form', canonical],
    [
      'any parameter order',
      `hmac signature="${SIGNATURE}", headers="request-line x-date content-type content-length content-sha512", username="bob", algorithm="hmac-sha512"`,
    ],
    [
      'no spaces after commas (as Kong)',
      `hmac username="bob",algorithm="hmac-sha512",headers="request-line x-date content-type content-length content-sha512",signature="${SIGNATURE}"`,
    ],
    [
      'extra spaces and tabs everywhere',
      `  hmac \t username = "bob" ,  algorithm=  "hmac-sha512"\t, headers="  request-line  x-date content-type content-length content-sha512 " , signature ="${SIGNATURE}"  `,
    ],
    ['an upper-case scheme', canonical.replace('hmac ', 'HMAC ')],
    ['a mixed-case scheme and parameter names', canonical.replace('hmac ', 'Hmac ').replace('username=', 'UserName=')],
    ['upper-case header names (lower-cased)', canonical.replace('x-date content-type', 'X-Date Content-Type')],
    ['unknown parameters, which are ignored', `${canonical}, realm="ingo", nonce="abc"`],
    ['a trailing comma', `${canonical},`],
  ])('%s', (_what, value) => {
    expect(parseAuthorization(value)).toEqual(parsed);
  });

  test('the header list in whatever order it is declared', () => {
    expect(
      parseAuthorization(canonical.replace('content-length content-sha512', 'content-sha512 content-length')).headers,
    ).toEqual(['request-line', 'x-date', 'content-type', 'content-sha512', 'content-length']);
  });
});

describe('parseAuthorization rejects with a clear message', () => {
  test.each([
    ['the empty string', '', /"hmac" scheme; the value is empty/],
    ['another scheme', 'Bearer abc.def', /must use the "hmac" scheme, not "Bearer"/],
    ['Basic', 'Basic dXNlcm5hbWU6cGFzc3dvcmQ=', /not "Basic"/],
    ['a bare word (Kong: "asd")', 'asd', /does not start with a scheme/],
    ['a sentence (Kong)', 'this is no hmac token at all is it?', /must use the "hmac" scheme, not "this"/],
    ['a scheme glued to its parameters', 'hmac:username="bob"', /separate the "hmac" scheme from its parameters/],
    ['only the scheme', 'hmac', /lacks the username parameter/],
    ['only a username name (Kong)', 'hmac username', /parameter username has no "="/],
    [
      'a digest instead of parameters (Kong)',
      'hmac :dXNlcm5hbWU6cGFzc3dvcmQ=',
      /malformed at character 6: expected name="value"/,
    ],
    [
      'bare names (Kong)',
      'hmac username=,algorithm,headers,dXNlcm5hbWU6cGFzc3dvcmQ=',
      /parameter username must be a quoted string/,
    ],
    [
      'an unquoted value',
      canonical.replace('username="bob"', 'username=bob'),
      /parameter username must be a quoted string/,
    ],
    ['an unclosed quote', 'hmac username="bob', /parameter username has no closing quote/],
    [
      'a missing comma between parameters (Kong)',
      canonical.replace('"hmac-sha512", ', '"hmac-sha512" '),
      /parameter algorithm must be followed by ","/,
    ],
    ['a missing username (Kong)', canonical.replace('username="bob", ', ''), /lacks the username parameter/],
    ['a missing algorithm', canonical.replace('algorithm="hmac-sha512", ', ''), /lacks the algorithm parameter/],
    [
      'a misspelt headers parameter (Kong: wrong_header)',
      canonical.replace('headers=', 'wrong_header='),
      /lacks the headers parameter/,
    ],
    [
      'a missing signature (Kong: wrong_signature)',
      canonical.replace('signature=', 'wrong_signature='),
      /lacks the signature parameter/,
    ],
    ['an empty username (Kong)', canonical.replace('username="bob"', 'username=""'), /parameter username is empty/],
    [
      'an empty algorithm',
      canonical.replace('algorithm="hmac-sha512"', 'algorithm=" "'),
      /parameter algorithm is empty/,
    ],
    ['an empty header list', canonical.replace(/headers="[^"]*"/, 'headers=""'), /parameter headers is empty/],
    ['an empty signature', canonical.replace(/signature="[^"]*"/, 'signature=""'), /parameter signature is empty/],
    ['a repeated parameter', `${canonical}, username="eve"`, /parameter username is repeated/],
    ['a repeated parameter in another case', `${canonical}, Signature="x"`, /parameter signature is repeated/],
    ['a header listed twice', canonical.replace('x-date content-type', 'x-date x-date'), /lists x-date twice/],
    [
      'a header listed twice in two cases',
      canonical.replace('x-date content-type', 'x-date X-Date'),
      /lists x-date twice/,
    ],
    ['an invalid header name', canonical.replace('x-date', 'x(date)'), /not a valid header name/],
  ])('%s', (_what, value, message) => {
    expect(parseError(value)).toMatch(message);
  });

  test('messages never quote the signature or a value that could be one', () => {
    const values = [
      SIGNATURE,
      `hmac ${SIGNATURE}`,
      `${SIGNATURE} username="bob"`,
      `hmac username="bob", ${SIGNATURE}`,
      `hmac username="bob", algorithm="x", headers="x-date", sig=${SIGNATURE}`,
      `hmac username="bob", algorithm="x", headers="x-date", signature="${SIGNATURE}", signature="${SIGNATURE}"`,
      `hmac username="bob", algorithm="x", headers="${SIGNATURE}", signature="${SIGNATURE}"`,
      `hmac username="bob", signature="${SIGNATURE}" algorithm="x"`,
      `hmac username="bob", signature="${SIGNATURE}`,
    ];
    for (const value of values) {
      const message = parseError(value);
      expect(message).not.toContain(SIGNATURE.slice(0, 8));
    }
  });
});

describe('formatAuthorization', () => {
  test('writes the canonical form', () => {
    expect(formatAuthorization(parsed)).toBe(canonical);
  });

  test('round-trips through parseAuthorization, and parse of a sloppy form formats canonically', () => {
    expect(parseAuthorization(formatAuthorization(parsed))).toEqual(parsed);
    const sloppy = `HMAC signature="${SIGNATURE}",headers="Request-Line  X-Date content-type content-length content-sha512",algorithm="hmac-sha512",username="bob"`;
    expect(formatAuthorization(parseAuthorization(sloppy))).toBe(canonical);
  });

  test('lower-cases header names', () => {
    expect(formatAuthorization({ ...parsed, headers: ['Request-Line', 'X-Date'] })).toContain(
      'headers="request-line x-date"',
    );
  });

  test.each([
    ['an empty username', { username: '' }, /username must be non-empty printable ASCII/],
    ['a blank username (parse would call it empty)', { username: '  ' }, /username must be non-empty/],
    ['a quote in the username', { username: 'b"ob' }, /username must be non-empty printable ASCII without quotes/],
    ['a line break in the username', { username: 'bob\r\nX-Evil: 1' }, /username must be/],
    ['a non-ASCII username', { username: 'bøb' }, /username must be non-empty printable ASCII/],
    ['an empty algorithm', { algorithm: '' }, /algorithm must be/],
    ['an empty signature', { signature: '' }, /signature must be/],
    ['no headers', { headers: [] }, /at least one header/],
    ['a duplicated header', { headers: ['x-date', 'X-Date'] }, /lists x-date twice/],
    ['a header name with a space', { headers: ['x date'] }, /not a valid header name/],
  ])('refuses %s', (_what, change, message) => {
    expect(() => formatAuthorization({ ...parsed, ...change })).toThrow(message);
  });

  test('an invalid signature is refused without quoting it', () => {
    expect(() => formatAuthorization({ ...parsed, signature: `"${SIGNATURE}` })).toThrow(
      /^Authorization signature must be non-empty printable ASCII without quotes or backslashes$/,
    );
  });
});
