import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalizeJson } from './canonicalize-json.js';

describe('canonicalizeJson (RFC 8785)', () => {
  test('the example of RFC 8785 section 3.2.2', () => {
    const text = String.raw`{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/","literals":[null,true,false]}`;
    expect(canonicalizeJson(JSON.parse(text))).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  test('sorts member names by UTF-16 code units (RFC 8785 section 3.2.3)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const canonical = canonicalizeJson(input);
    // Read in text order: JavaScript objects would list the integer-like name "1" first.
    const order = [...canonical.matchAll(/:"([^"]+)"/g)].map((match) => match[1]);
    expect(order).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
  });

  test('agrees with the canonicalize package (the RFC authors’ implementation) on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const wire = JSON.parse(JSON.stringify(value)) as unknown;
        expect(canonicalizeJson(wire)).toBe(canonicalize(wire));
      }),
      { numRuns: 500 },
    );
  });

  test('key order and whitespace do not matter, array order does', () => {
    expect(canonicalizeJson(JSON.parse('{ "b" : [1, 2], "a" : 1.0 }'))).toBe('{"a":1,"b":[1,2]}');
    expect(canonicalizeJson([2, 1])).not.toBe(canonicalizeJson([1, 2]));
  });

  test('handles nesting far deeper than the call stack allows', () => {
    const deep = JSON.parse('['.repeat(50_000) + '1' + ']'.repeat(50_000)) as unknown;
    expect(canonicalizeJson(deep)).toBe('['.repeat(50_000) + '1' + ']'.repeat(50_000));
  });

  test('counts the members it serialised, at every depth', () => {
    const counts = { members: 0 };
    canonicalizeJson(
      JSON.parse(`{"a":{"b":1,"c":[{"d":1}]},"e":${'['.repeat(1000)}{"f":1}${']'.repeat(1000)}}`),
      counts,
    );
    expect(counts.members).toBe(6);
  });

  test('refuses what has no canonical form', () => {
    expect(() => canonicalizeJson({ a: Infinity })).toThrow(RangeError);
    expect(() => canonicalizeJson({ a: Number.NaN })).toThrow(RangeError);
    expect(() => canonicalizeJson({ a: 1n })).toThrow(TypeError);
  });
});
