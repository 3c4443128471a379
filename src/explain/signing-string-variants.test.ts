import { describe, expect, test } from 'vitest';
import { signingConfig } from '../spec/signing-config.js';
import { buildSigningString } from '../signing/build-signing-string.js';
import { firstDifferingLine, formatComparison, showLine } from './compare-signing-strings.js';
import { signingStringVariants, type SigningMistakes, type VariantSource } from './signing-string-variants.js';

const values = {
  host: 'example.test',
  'x-date': 'Fri, 17 Jan 2020 19:59:29 GMT',
  'content-type': 'application/json',
  'content-length': '2',
  'content-sha512': 'digest',
};
const source: VariantSource = {
  method: 'POST',
  target: '/api/v1/sessions/point-in-time/plugin?a=%20',
  wireVersion: 'HTTP/1.1',
  names: [...signingConfig.defaultHeaderOrder],
  values,
  wire: Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, { name: name.toUpperCase(), value: ` ${value}\t` }]),
  ),
};

/** How many of the six dimensions a variant gets wrong (a request line may be wrong in version and target at once: one choice). */
const count = ({ order, version, targetMistake, nameCase, whitespace, crlf, trailingNewline }: SigningMistakes) =>
  [order, version ?? targetMistake, nameCase, whitespace, crlf, trailingNewline].filter((each) => each !== undefined)
    .length;

describe('signingStringVariants', () => {
  const variants = [...signingStringVariants(source)];

  test("the first variant is the signer's own signing string, with no mistake", () => {
    expect(variants[0]!.text).toBe(
      buildSigningString({ method: source.method, path: source.target, headers: values }, source.names),
    );
    expect(variants[0]!.mistakes).toEqual({});
  });

  test('every variant is distinct, and they come by increasing number of mistakes', () => {
    expect(new Set(variants.map((variant) => variant.text)).size).toBe(variants.length);
    const counts = variants.map(({ mistakes }) => count(mistakes));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  test('maxMistakes keeps only the variants with that many mistakes or fewer', () => {
    expect([...signingStringVariants(source, { maxMistakes: 0 })]).toHaveLength(1);
    const one = [...signingStringVariants(source, { maxMistakes: 1 })];
    expect(one.length).toBeGreaterThan(20);
    expect(one.every(({ mistakes }) => count(mistakes) <= 1)).toBe(true);
  });

  test('minMistakes skips the variants with fewer, so phases of a search do not repeat each other', () => {
    const few = [...signingStringVariants(source, { maxMistakes: 2 })];
    const more = [...signingStringVariants(source, { minMistakes: 3 })];
    expect(more.every(({ mistakes }) => count(mistakes) >= 3)).toBe(true);
    expect(few.length + more.length).toBe(variants.length);
  });

  test("orders: 'unlikely' yields only variants in an order neither declared nor likely", () => {
    const likely = new Set(variants.map(({ mistakes }) => (mistakes.order ?? source.names).join(' ')));
    const unlikely = [...signingStringVariants(source, { orders: 'unlikely', maxMistakes: 1 })];
    expect(unlikely.length).toBe(120 - likely.size);
    for (const { mistakes } of unlikely) expect(likely.has(mistakes.order!.join(' '))).toBe(false);
  });

  test('a mistaken variant names its mistakes', () => {
    const crlfUpper = variants.find(
      ({ mistakes }) => mistakes.crlf && mistakes.nameCase?.startsWith('as spelt') && count(mistakes) === 2,
    )!;
    expect(crlfUpper.text.split('\r\n')[1]).toBe('X-DATE: Fri, 17 Jan 2020 19:59:29 GMT');
    const decoded = variants.find(
      ({ mistakes }) => mistakes.targetMistake === 'query_decoded' && count(mistakes) === 1 && !mistakes.version,
    )!;
    expect(decoded.text.split('\n')[0]).toBe('POST /api/v1/sessions/point-in-time/plugin?a=  HTTP/1.1');
    const untrimmed = variants.find(
      ({ mistakes }) => mistakes.whitespace?.startsWith('the values untrimmed') && count(mistakes) === 1,
    )!;
    expect(untrimmed.text.split('\n')[1]).toBe('x-date: Fri, 17 Jan 2020 19:59:29 GMT\t');
  });
});

describe('comparing signing strings', () => {
  test('firstDifferingLine splits on LF only, so a CR shows on its line', () => {
    expect(firstDifferingLine('a\nb', 'a\nb')).toBeUndefined();
    expect(firstDifferingLine('a\nb', 'a\r\nb')).toBe(1);
    expect(firstDifferingLine('a\nb', 'a\nb\n')).toBe(3);
  });

  test('showLine makes CR, tab and other control characters visible', () => {
    expect(showLine('a\r\tb\x01')).toBe('a\\r\\tb\\x01');
  });

  test('formatComparison shows equal lines once and a differing line expected above signed, the first marked', () => {
    expect(formatComparison('a\nb\nc', 'a\nB\nC', '').split('\n')).toEqual([
      'signing string: expected (LF between lines, none after the last) vs what the sender most likely signed; first difference on line 2',
      '   1 same     | a',
      '>  2 expected | b',
      '>    signed   | B',
      '   3 expected | c',
      '     signed   | C',
    ]);
  });
});
