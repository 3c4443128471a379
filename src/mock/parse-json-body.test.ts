import { describe, expect, test } from 'vitest';
import { parseJsonBody } from './parse-json-body.js';

describe('parseJsonBody', () => {
  test('parses UTF-8 JSON, multi-byte characters included', () => {
    expect(parseJsonBody(Buffer.from('{"name":"Zoë 🙂"}'))).toEqual({
      ok: true,
      value: { name: 'Zoë 🙂' },
      digest: expect.stringMatching(/^[\w-]{43}$/),
    });
  });

  test.each([
    ['empty', Buffer.alloc(0), /empty/],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]), /UTF-8/],
    ['garbage bytes', Buffer.from([0xff, 0xfe, 0x00, 0x01]), /UTF-8/],
    ['not JSON', Buffer.from('{"a":'), /^Invalid JSON body: /],
    ['a repeated member name', Buffer.from('{"a":{"b":1,"b":2}}'), /the member name "b" appears twice in one object/],
    [
      'a number beyond a double',
      Buffer.from('{"a":[1e400]}'),
      /a number is outside the range of a double \(such as 1e400\)/,
    ],
    ['-1e400 too', Buffer.from('{"a":-1e400}'), /outside the range of a double/],
  ])('refuses %s', (_name, bytes, message) => {
    const parsed = parseJsonBody(bytes);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  test('keeps the message short for a long bad body', () => {
    const parsed = parseJsonBody(Buffer.from(`{"a":"${'x'.repeat(10_000)}`));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.length).toBeLessThan(200);
  });

  test('parses a body nested 30,000 levels deep without overflowing the stack', () => {
    const parsed = parseJsonBody(Buffer.from('['.repeat(30_000) + ']'.repeat(30_000)));
    expect(parsed.ok).toBe(true);
  });

  test('equal digests for the same value in other spellings, different for another value', () => {
    const digest = (text: string) => (parseJsonBody(Buffer.from(text)) as { digest: string }).digest;
    expect(digest('{"b":[1,2],"a":1.0}')).toBe(digest('{ "a": 1, "b": [1, 2] }'));
    expect(digest('{"b":[2,1],"a":1}')).not.toBe(digest('{"a":1,"b":[1,2]}'));
  });

  test('large finite numbers, numbers that round to zero and -0 are fine', () => {
    expect(parseJsonBody(Buffer.from('{"a":1.7976931348623157e308,"b":1e-400,"c":-0}')).ok).toBe(true);
  });

  test('reads a view into a larger buffer at its offset', () => {
    const backing = Buffer.from('xx{"a":1}yy');
    expect(parseJsonBody(backing.subarray(2, 9))).toMatchObject({ ok: true, value: { a: 1 } });
  });
});
