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

/**
 * Every signing string a sender may have signed, each with the mistakes that produce it: another
 * order than declared (the likely orders, or with `orders: 'unlikely'` every other permutation),
 * another version or target on the request line, names not lower-cased, other whitespace around
 * the colon, CRLF between lines, a trailing newline, and every combination up to `maxMistakes`.
 * Yielded by increasing number of mistakes, the correct string first. Choices that give the same
 * lines for this request (names already spelt in lower case on the wire…) are dropped per
 * dimension, so that strings are not repeated without keeping every string seen.
 */
export function* signingStringVariants(
  source: VariantSource,
  { maxMistakes = Infinity, orders: orderSet = 'likely' }: { maxMistakes?: number; orders?: OrderSet } = {},
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
  // Each header's line under each spelling and writing, computed once rather than per variant.
  const lineTables = spellings.map(([spell]) =>
    writings.map(([write]) => {
      const lines: Record<string, string> = {};
      for (const name of source.names)
        if (name !== pseudoHeader) lines[name] = write(spell(name), source.values[name]!, name);
      return lines;
    }),
  );
  for (const packed of byMistakeCount(sizes, maxMistakes)) {
    const [o, r, n, w, s, t] = unpack(packed, sizes) as [number, number, number, number, number, number];
    const order = orders[o]!;
    const requestLine = requestLines[r]!;
    const lines = lineTables[n]![w]!;
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

/** Every index tuple, packed into one number, grouped by how many of its indices are non-zero. */
function byMistakeCount(sizes: readonly number[], maxMistakes: number): number[] {
  const total = sizes.reduce((product, size) => product * size, 1);
  const buckets: number[][] = Array.from({ length: sizes.length + 1 }, () => []);
  for (let packed = 0; packed < total; packed++) {
    let rest = packed;
    let mistakes = 0;
    for (let dimension = sizes.length - 1; dimension >= 0; dimension--) {
      if (rest % sizes[dimension]! !== 0) mistakes++;
      rest = Math.floor(rest / sizes[dimension]!);
    }
    if (mistakes <= maxMistakes) buckets[mistakes]!.push(packed);
  }
  return buckets.flat();
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
