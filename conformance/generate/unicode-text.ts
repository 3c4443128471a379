import fc from 'fast-check';

const codePoint = (min: number, max: number) => fc.integer({ min, max }).map((cp) => String.fromCodePoint(cp));

/**
 * One Unicode code point, drawn across the ranges where servers go wrong: ASCII letters first (what
 * shrinking falls back to), printable ASCII, two- and three-byte UTF-8, combining marks, characters
 * outside the BMP (four UTF-8 bytes, two UTF-16 units) and characters JSON must or may escape
 * (quotes, backslash, controls, U+2028/U+2029). Lone surrogates are left out: they are not text.
 */
export const unicodeUnit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: codePoint(0x61, 0x7a), weight: 4 },
  { arbitrary: codePoint(0x20, 0x7e), weight: 3 },
  { arbitrary: codePoint(0xa0, 0x7ff), weight: 2 },
  { arbitrary: codePoint(0x800, 0xd7ff), weight: 2 },
  { arbitrary: codePoint(0xe000, 0xffff), weight: 1 },
  { arbitrary: codePoint(0x300, 0x36f), weight: 1 },
  { arbitrary: codePoint(0x10000, 0x10ffff), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      '"',
      '\\',
      '/',
      '\b',
      '\f',
      '\n',
      '\r',
      '\t',
      '\u0000',
      '\u001f',
      '\u007f',
      '\u2028',
      '\u2029',
      '\ufeff',
    ),
    weight: 1,
  },
);

/** ASCII letters and digits only, for text that must stay inside a URI or a pattern. */
export const asciiUnit: fc.Arbitrary<string> = fc.oneof(codePoint(0x61, 0x7a), codePoint(0x30, 0x39));

/** The number of characters as JSON Schema counts them (code points, as ajv does), not UTF-16 units. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * Text of `minLength` to `maxLength` code points (the spec's count), biased to the boundaries:
 * about half is padded with letters to exactly the maximum. Shrinking drops the padding first and
 * then shortens the text, so a failure is reported with the shortest text that still fails.
 */
export function textOfLength(
  minLength: number,
  maxLength: number,
  unit: fc.Arbitrary<string> = unicodeUnit,
): fc.Arbitrary<string> {
  const text = fc.oneof(
    fc.string({ unit, minLength, maxLength }),
    fc.string({ unit, minLength, maxLength, size: 'max' }),
  );
  return fc
    .tuple(text, fc.boolean())
    .map(([drawn, toMaximum]) => (toMaximum ? drawn + 'a'.repeat(maxLength - countCharacters(drawn)) : drawn));
}
