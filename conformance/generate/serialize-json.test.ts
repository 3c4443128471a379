import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sameJson } from './same-json.js';
import { jsonLayout, plainLayout, serializeJson } from './serialize-json.js';
import { unicodeUnit } from './unicode-text.js';

const value = fc.jsonValue({ maxDepth: 3, stringUnit: unicodeUnit });

describe('serializeJson', () => {
  test('every layout parses back to the same JSON value', () => {
    fc.assert(
      fc.property(value, jsonLayout, (v, layout) => sameJson(JSON.parse(serializeJson(v, layout)), v)),
      { numRuns: 500, seed: 13 },
    );
  });

  test('the plain layout is what JSON.stringify writes', () => {
    fc.assert(
      fc.property(value, (v) => serializeJson(v, plainLayout) === JSON.stringify(v)),
      { numRuns: 200, seed: 13 },
    );
  });

  test('layouts change order, whitespace and escapes', () => {
    const body = { b: 'é/𝄞', a: [1, { c: null }] };
    const spaced = serializeJson(body, { orderSeed: 0, whitespace: [' ', '\n'], escapes: 'minimal' });
    expect(spaced).toMatch(/^ \{\n"b" :\n"é\/𝄞" ,\n"a" :/);
    expect(JSON.parse(spaced)).toEqual(body);
    expect(serializeJson(body, { orderSeed: 0, whitespace: [], escapes: 'ascii' })).toBe(
      '{"b":"\\u00e9/\\ud834\\udd1e","a":[1,{"c":null}]}',
    );
    expect(serializeJson(body, { orderSeed: 0, whitespace: [], escapes: 'solidus' })).toBe(
      '{"b":"é\\/𝄞","a":[1,{"c":null}]}',
    );
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) =>
        Object.keys(
          JSON.parse(serializeJson({ a: 1, b: 2, c: 3 }, { orderSeed: seed + 1, whitespace: [], escapes: 'minimal' })),
        ).join(''),
      ),
    );
    expect(orders.size).toBeGreaterThan(2);
  });
});
