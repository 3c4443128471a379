import { describe, expect, test } from 'vitest';
import { digestCanonicalJson } from './digest-canonical-json.js';

describe('digestCanonicalJson', () => {
  test('equal for bodies that differ only in key order, whitespace and number spelling', () => {
    expect(digestCanonicalJson(JSON.parse('{"a":1.0,"b":[1,2]}'))).toBe(
      digestCanonicalJson(JSON.parse('{ "b": [1, 2], "a": 1 }')),
    );
  });

  test('different for different bodies, in 43 base64url characters', () => {
    const digest = digestCanonicalJson({ a: 1 });
    expect(digest).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(digest).not.toBe(digestCanonicalJson({ a: 2 }));
  });
});
