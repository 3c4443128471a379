import { signingConfig } from '../spec/signing-config.js';
import {
  nameChoices,
  orderChoices,
  requestLineChoices,
  separatorChoices,
  trailingChoices,
  whitespaceChoices,
  type OrderSet,
} from './signing-mistake-choices.js';
import type { SigningVariant, VariantSource } from './signing-mistakes.js';

export type { SigningMistakes, SigningVariant, TargetMistake, VariantSource } from './signing-mistakes.js';

const { pseudoHeader } = signingConfig.requestLine;
// The order is the first dimension of the search.
const ORDER_DIMENSION = 0;

/**
 * Every signing string a sender may have signed, each with the mistakes that produce it: another
 * order than declared (the likely orders, or with `orders: 'unlikely'` every other permutation),
 * another version or target on the request line, names not lower-cased, other whitespace around
 * the colon, CRLF between lines, a trailing newline, and every combination of `minMistakes` to
 * `maxMistakes` of them (with `orders: 'unlikely'`, only those in an unlikely order).
 * Yielded by increasing number of mistakes, the correct string first. Choices that give the same
 * lines for this request (names already spelt in lower case on the wire…) are dropped per
 * dimension, so that strings are not repeated without keeping every string seen.
 */
export function* signingStringVariants(
  source: VariantSource,
  {
    minMistakes = 0,
    maxMistakes = Infinity,
    orders: orderSet = 'likely',
  }: { minMistakes?: number; maxMistakes?: number; orders?: OrderSet } = {},
): Generator<SigningVariant> {
  const orders = orderChoices(source, orderSet);
  const requestLines = requestLineChoices(source);
  const spellings = nameChoices(source);
  const writings = whitespaceChoices(source);
  const separators = separatorChoices();
  const trailings = trailingChoices();
  const sizes = [
    orders.length,
    requestLines.length,
    spellings.length,
    writings.length,
    separators.length,
    trailings.length,
  ];
  // Each header's line under each spelling and writing, computed once, when first needed (a search
  // of few mistakes needs few of them, and a request may sign many long headers).
  const lineTables: Record<string, string>[][] = spellings.map(() => []);
  const linesOf = (n: number, w: number): Record<string, string> => {
    const known = lineTables[n]![w];
    if (known) return known;
    const [spell] = spellings[n]!;
    const [write] = writings[w]!;
    const lines: Record<string, string> = {};
    for (const name of source.names)
      if (name !== pseudoHeader) lines[name] = write(spell(name), source.values[name]!, name);
    return (lineTables[n]![w] = lines);
  };
  // The unlikely orders are searched after the declared and likely ones: only variants in one of them.
  const required = orderSet === 'unlikely' ? ORDER_DIMENSION : undefined;
  for (const packed of byMistakeCount(sizes, { minMistakes, maxMistakes, required })) {
    const [o, r, n, w, s, t] = unpack(packed, sizes) as [number, number, number, number, number, number];
    const order = orders[o]!;
    const requestLine = requestLines[r]!;
    const lines = linesOf(n, w);
    const separator = separators[s]!;
    const trailing = trailings[t]!;
    let text = '';
    for (let at = 0; at < order[0].length; at++) {
      const name = order[0][at]!;
      if (at > 0) text += separator[0];
      text += name === pseudoHeader ? requestLine[0] : lines[name];
    }
    if (trailing[0]) text += separator[0];
    // The mistakes are only wanted for the one variant that matches: assembled on demand.
    yield {
      text,
      get mistakes() {
        return {
          ...order[1],
          ...requestLine[1],
          ...spellings[n]![1],
          ...writings[w]![1],
          ...separator[1],
          ...trailing[1],
        };
      },
    };
  }
}

/**
 * Every index tuple with `minMistakes` to `maxMistakes` non-zero indices (the `required`
 * dimension among them, when given), packed into one number, by increasing count of non-zero
 * indices. Generated directly (choose the dimensions that go wrong,
 * then their wrong choices), so a search with few mistakes costs what it yields, not the product.
 */
function* byMistakeCount(
  sizes: readonly number[],
  { minMistakes, maxMistakes, required }: { minMistakes: number; maxMistakes: number; required: number | undefined },
): Generator<number> {
  const strides = sizes.map((_, dimension) => sizes.slice(dimension + 1).reduce((product, size) => product * size, 1));
  const wrong = sizes.map((size, dimension) => (size > 1 ? dimension : -1)).filter((dimension) => dimension >= 0);
  for (let count = minMistakes; count <= Math.min(maxMistakes, wrong.length); count++)
    for (const dimensions of combinations(wrong, count))
      if (required === undefined || dimensions.includes(required)) yield* packs(dimensions, 0, 0);

  function* packs(dimensions: readonly number[], at: number, packed: number): Generator<number> {
    if (at === dimensions.length) {
      yield packed;
      return;
    }
    const dimension = dimensions[at]!;
    for (let choice = 1; choice < sizes[dimension]!; choice++)
      yield* packs(dimensions, at + 1, packed + choice * strides[dimension]!);
  }
}

function* combinations(items: readonly number[], count: number, from = 0): Generator<number[]> {
  if (count === 0) {
    yield [];
    return;
  }
  for (let at = from; at <= items.length - count; at++)
    for (const rest of combinations(items, count - 1, at + 1)) yield [items[at]!, ...rest];
}

function unpack(packed: number, sizes: readonly number[]): number[] {
  const indices = new Array<number>(sizes.length);
  let rest = packed;
  for (let dimension = sizes.length - 1; dimension >= 0; dimension--) {
    indices[dimension] = rest % sizes[dimension]!;
    rest = Math.floor(rest / sizes[dimension]!);
  }
  return indices;
}
