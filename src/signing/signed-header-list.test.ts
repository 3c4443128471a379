import { describe, expect, test } from 'vitest';
import { joinHeaderNames, parseHeaderList } from './signed-header-list.js';

describe('joinHeaderNames', () => {
  test('lower-cases and joins with single spaces, keeping the order', () => {
    expect(joinHeaderNames(['Request-Line', 'X-Date', 'content-sha512'])).toBe('request-line x-date content-sha512');
  });

  test.each([
    ['no names', [], /at least one header/],
    ['a name with a space (it would read as two)', ['x date'], /not a valid header name/],
    ['an empty name', ['x-date', ''], /not a valid header name/],
    ['a name with a quote', ['x"date'], /not a valid header name/],
    ['a repeated name', ['x-date', 'content-type', 'x-date'], /lists x-date twice/],
    ['a name repeated in another case', ['X-Date', 'x-date'], /lists x-date twice/],
  ])('refuses %s', (_what, names, message) => {
    expect(() => joinHeaderNames(names)).toThrow(message);
  });
});

describe('parseHeaderList', () => {
  test('splits on single spaces (the usual form)', () => {
    expect(parseHeaderList('request-line x-date content-type')).toEqual(['request-line', 'x-date', 'content-type']);
  });

  test('tolerates runs of spaces, tabs, surrounding blanks and upper case', () => {
    expect(parseHeaderList(' \tRequest-Line  X-Date\tcontent-type ')).toEqual([
      'request-line',
      'x-date',
      'content-type',
    ]);
  });

  test('round-trips with joinHeaderNames', () => {
    const names = ['content-sha512', 'request-line', 'idempotency-key'];
    expect(parseHeaderList(joinHeaderNames(names))).toEqual(names);
  });

  test.each([
    ['a repeated name', 'x-date content-type x-date', /lists x-date twice/],
    ['a repeated name in another case, irregular spacing', 'x-date  X-DATE', /lists x-date twice/],
    ['an invalid character', 'x-date content(type)', /not a valid header name/],
    ['a comma-separated list', 'x-date,content-type', /not a valid header name/],
  ])('refuses %s', (_what, list, message) => {
    expect(() => parseHeaderList(list)).toThrow(message);
  });
});
