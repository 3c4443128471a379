import { expect, test } from 'vitest';
import { utf8ByteLength } from './utf8-byte-length.js';

test('utf8ByteLength counts UTF-8 bytes, not UTF-16 units', () => {
  expect(utf8ByteLength('')).toBe(0);
  expect(utf8ByteLength('abc')).toBe(3);
  expect(utf8ByteLength('é')).toBe(2);
  expect(utf8ByteLength('€')).toBe(3);
  expect(utf8ByteLength('😀')).toBe(4);
  expect(utf8ByteLength('a😀é')).toBe(new TextEncoder().encode('a😀é').byteLength);
});
