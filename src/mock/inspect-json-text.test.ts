import { describe, expect, test } from 'vitest';
import { inspectJsonText } from './inspect-json-text.js';

const limits = { maxDepth: 4, maxMembers: 5 };

describe('inspectJsonText', () => {
  test('accepts JSON within the limits', () => {
    expect(inspectJsonText('{"a":{"b":[[1]]},"c":"{[\\"}]"}', limits)).toBeUndefined();
  });

  test('refuses nesting deeper than maxDepth, arrays and objects alike', () => {
    expect(inspectJsonText('{"a":[[[1]]]}', limits)).toBeUndefined();
    expect(inspectJsonText('{"a":[[[[1]]]]}', limits)).toMatch(/deeper than 4 levels/);
    expect(inspectJsonText('{"a":{"b":{"c":{"d":{}}}}}', limits)).toMatch(/deeper/);
  });

  test('refuses more than maxMembers object members across the body', () => {
    expect(inspectJsonText('{"a":1,"b":{"c":1,"d":1},"e":1}', limits)).toBeUndefined();
    expect(inspectJsonText('{"a":1,"b":{"c":1,"d":1},"e":1,"f":1}', limits)).toMatch(/more than 5 object members/);
  });

  test('string values, array items and brackets inside strings are not members or levels', () => {
    expect(inspectJsonText('{"a":["x","y","z","w","v","u"],"b":"[[[[[[{"}', limits)).toBeUndefined();
  });

  test.each([
    ['{"a":1,"a":2}', /"a" appears twice/],
    ['{"a":1,"\\u0061":2}', /"a" appears twice/],
    ['{"x":{"a":1},"y":{"a":1,"b":{"a":1,"a":1}}}', /"a" appears twice/],
  ])('refuses a duplicate member name in one object: %s', (text, message) => {
    expect(inspectJsonText(text, { maxDepth: 10, maxMembers: 10 })).toMatch(message);
  });

  test('the same name in different objects is fine', () => {
    expect(inspectJsonText('{"a":{"a":1},"b":[{"a":1},{"a":2}]}', { maxDepth: 10, maxMembers: 10 })).toBeUndefined();
  });

  test.each(['1e400', '-1e400', '1' + '0'.repeat(400)])('refuses the number %s, beyond a double', (literal) => {
    expect(inspectJsonText(`{"a":${literal.slice(0, 500)}}`, limits)).toMatch(/outside the range of a double/);
  });

  test('large finite numbers and small ones that round to zero are fine', () => {
    expect(inspectJsonText('{"a":1.7976931348623157e308,"b":1e-400,"c":-0}', limits)).toBeUndefined();
  });

  test('scans a 64 KiB body of nested arrays quickly and without recursion', () => {
    const text = `{"r":${'['.repeat(32_000)}${']'.repeat(32_000)}}`;
    expect(inspectJsonText(text, { maxDepth: Infinity, maxMembers: Infinity })).toBeUndefined();
    expect(inspectJsonText(text, limits)).toMatch(/deeper/);
  });
});
