import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jsonEqual } from './json-equal.js';

const parse = (text: string): unknown => JSON.parse(text);

describe('jsonEqual', () => {
  test('ignores key order and whitespace', () => {
    expect(jsonEqual(parse('{"a":1,"b":{"c":[1,2]}}'), parse('{ "b" : { "c" : [1, 2] }, "a" : 1.0 }'))).toBe(true);
  });

  test.each([
    ['{"a":1}', '{"a":2}'],
    ['{"a":1}', '{"a":1,"b":null}'],
    ['{"a":null}', '{"b":null}'],
    ['[1,2]', '[2,1]'],
    ['[1]', '{"0":1}'],
    ['{"0":1}', '[1]'],
    ['"1"', '1'],
    ['{}', 'null'],
  ])('%s differs from %s', (a, b) => {
    expect(jsonEqual(parse(a), parse(b))).toBe(false);
  });

  test('handles nesting far deeper than the call stack allows', () => {
    const deep = (leaf: string) => parse('['.repeat(50_000) + leaf + ']'.repeat(50_000));
    expect(jsonEqual(deep('1'), deep('1'))).toBe(true);
    expect(jsonEqual(deep('1'), deep('2'))).toBe(false);
  });

  test('agrees with comparing canonical serialisations', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const canonical = (value: unknown): string =>
          JSON.stringify(value, (_key, v: unknown) =>
            v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v,
          );
        // JSON.stringify writes -0 as 0, and so does the wire: compare what a client could send.
        const [wireA, wireB] = [parse(JSON.stringify(a)), parse(JSON.stringify(b))];
        expect(jsonEqual(wireA, wireB)).toBe(canonical(wireA) === canonical(wireB));
        expect(jsonEqual(wireA, parse(JSON.stringify(wireA)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
