import { describe, expect, test } from 'vitest';
import { signingConfig } from '../spec/signing-config.js';
import { buildRequestLine, buildSigningString } from './build-signing-string.js';
import { isSigningError } from './signing-error.js';

const parts = {
  method: 'post',
  path: '/api/v1/sessions/point-in-time/plugin?a=1&b=%20',
  headers: {
    'x-date': 'Fri, 17 Jan 2020 19:59:29 GMT',
    'content-type': 'application/json',
    'content-length': '2',
    'content-sha512': 'abc=',
  },
};

describe('buildRequestLine', () => {
  test('is METHOD path?query HTTP/1.1 with the method upper-cased', () => {
    expect(buildRequestLine('post', '/x?y=1')).toBe('POST /x?y=1 HTTP/1.1');
  });

  test.each([
    ['a full URL', 'POST', 'https://example.com/x', /must start with "\/"/],
    ['a relative path', 'POST', 'api/v1', /must start with "\/"/],
    ['an empty path', 'POST', '', /must start with "\/"/],
    ['a space in the path', 'POST', '/a b', /whitespace or a control character/],
    ['a line break in the path', 'POST', '/a\nb', /whitespace or a control character/],
    ['a method with a space', 'PO ST', '/x', /method must be an HTTP token/],
    ['an empty method', '', '/x', /method must be an HTTP token/],
  ])('rejects %s', (_what, method, path, message) => {
    expect(() => buildRequestLine(method, path)).toThrow(message);
  });
});

describe('buildSigningString', () => {
  test('writes one line per name in the given order, LF-joined, without a trailing newline', () => {
    const text = buildSigningString(parts, [
      'request-line',
      'x-date',
      'content-type',
      'content-length',
      'content-sha512',
    ]);
    expect(text).toBe(
      'POST /api/v1/sessions/point-in-time/plugin?a=1&b=%20 HTTP/1.1\n' +
        'x-date: Fri, 17 Jan 2020 19:59:29 GMT\n' +
        'content-type: application/json\n' +
        'content-length: 2\n' +
        'content-sha512: abc=',
    );
    expect(text.endsWith('\n')).toBe(false);
    expect(text).not.toContain('\r');
    expect(signingConfig.lineSeparator).toBe('\n');
  });

  test('follows the order it is given, including request-line in any position', () => {
    expect(buildSigningString(parts, ['content-sha512', 'content-length', 'request-line'])).toBe(
      'content-sha512: abc=\ncontent-length: 2\nPOST /api/v1/sessions/point-in-time/plugin?a=1&b=%20 HTTP/1.1',
    );
  });

  test('lower-cases the names it is given and signs the value exactly (no trimming)', () => {
    expect(buildSigningString({ ...parts, headers: { 'x-custom': '  spaced  ' } }, ['X-Custom'])).toBe(
      'x-custom:   spaced  ',
    );
  });

  test('a single name gives a single line; no names give an empty string', () => {
    expect(buildSigningString(parts, ['x-date'])).toBe('x-date: Fri, 17 Jan 2020 19:59:29 GMT');
    expect(buildSigningString(parts, [])).toBe('');
  });

  test('a missing header is a SigningError naming it', () => {
    let caught: unknown;
    try {
      buildSigningString(parts, ['request-line', 'idempotency-key']);
    } catch (error) {
      caught = error;
    }
    expect(isSigningError(caught)).toBe(true);
    expect((caught as Error).message).toBe('cannot sign header "idempotency-key": the request has no value for it');
  });

  test('a value with a line break is refused: it would forge another line', () => {
    expect(() => buildSigningString({ ...parts, headers: { 'x-a': 'v\nx-date: forged' } }, ['x-a'])).toThrow(
      /"x-a": its value contains a line break/,
    );
    expect(() => buildSigningString({ ...parts, headers: { 'x-a': 'v\r' } }, ['x-a'])).toThrow(/line break/);
  });
});
