import { headerSpelling, signingConfig } from '../spec/signing-config.js';
import { buildRequestLine } from '../signing/build-signing-string.js';

/** The mistakes a signing-string variant commits; an empty object is the correct rule. */
export interface SigningMistakes {
  /** The order the sender signed in, when not the declared one. */
  order?: readonly string[];
  /** The version the sender put on the request line (`HTTP/2`, `(none)`…), when not HTTP/1.1. */
  version?: string;
  /** The path and query (or URL) the sender signed, when not the target sent, and how it differs. */
  target?: string;
  targetMistake?: TargetMistake;
  /** How the sender spelt the header names, when not in lower case. */
  nameCase?: string;
  /** How the sender wrote `name: value`, when not so. */
  whitespace?: string;
  crlf?: boolean;
  trailingNewline?: boolean;
}

/** How a signed request target differs from the one sent. */
export type TargetMistake = 'query_dropped' | 'query_added' | 'query_decoded' | 'absolute_url';

/** A signing string under some mistakes. */
export interface SigningVariant {
  readonly text: string;
  readonly mistakes: SigningMistakes;
}

/** What the variants are built from. */
export interface VariantSource {
  method: string;
  target: string;
  /** The version on the captured request line, if any. */
  wireVersion: string | undefined;
  /** Declared signed names, lower-case, in declared order. */
  names: readonly string[];
  /** Values by lower-case name, trimmed (as the verifier reads them). */
  values: Readonly<Record<string, string>>;
  /** Names as spelt on the wire and values untrimmed, by lower-case name. */
  wire: Readonly<Record<string, { name: string; value: string }>>;
}

const { pseudoHeader, httpVersion } = signingConfig.requestLine;
const { lineSeparator } = signingConfig;
// Permuting more names than this would cost more than it could find (7! = 5040 orders per variant).
const MAX_PERMUTED_NAMES = 6;

type Choice<T> = readonly [T, Partial<SigningMistakes>];

/**
 * Every signing string a sender may have signed, each with the mistakes that produce it: another
 * order than declared, another version or query on the request line, names not lower-cased, other
 * whitespace around the colon, CRLF between lines, a trailing newline, and every combination.
 * Yielded by increasing number of mistakes, the correct string first. Choices that give the same
 * lines for this request (names already spelt in lower case on the wire…) are dropped per
 * dimension, so that strings are not repeated without keeping every string seen.
 */
export function* signingStringVariants(source: VariantSource, { maxMistakes = Infinity }: { maxMistakes?: number } = {}): Generator<SigningVariant> {
  const orders = orderChoices(source);
  const requestLines = requestLineChoices(source);
  const spellings = nameChoices(source);
  const writings = whitespaceChoices(source);
  const separators = separatorChoices();
  const trailings = trailingChoices();
  const sizes = [orders.length, requestLines.length, spellings.length, writings.length, separators.length, trailings.length];
  // Each header's line under each spelling and writing, computed once rather than per variant.
  const lineTables = spellings.map(([spell]) => writings.map(([write]) => {
    const lines: Record<string, string> = {};
    for (const name of source.names) if (name !== pseudoHeader) lines[name] = write(spell(name), source.values[name]!, name);
    return lines;
  }));
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
    yield { text, get mistakes() { return { ...order[1], ...requestLine[1], ...spellings[n]![1], ...writings[w]![1], ...separator[1], ...trailing[1] }; } };
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

function orderChoices({ names }: VariantSource): Choice<readonly string[]>[] {
  const declared = names.join(' ');
  const orders = names.length <= MAX_PERMUTED_NAMES ? permutations(names) : [signingConfig.defaultHeaderOrder, signingConfig.alternateHeaderOrder].filter((order) => sameSet(order, names));
  const others = orders.filter((order) => order.join(' ') !== declared);
  return [[names, {}], ...others.map((order): Choice<readonly string[]> => [order, { order }])];
}

function requestLineChoices({ method, target, wireVersion, values }: VariantSource): Choice<string>[] {
  // The correct line, as the signer builds it; the variants only change its version or its target.
  const correct = buildRequestLine(method, target);
  const start = correct.slice(0, correct.length - httpVersion.length - 1 - target.length);
  const versions = [...new Set(['HTTP/2', 'HTTP/2.0', 'HTTP/1.0', ...(wireVersion ? [wireVersion] : []), ''])].filter((version) => version !== httpVersion);
  const choices: Choice<string>[] = [[correct, {}]];
  for (const version of versions) choices.push([`${start}${target}${version ? ` ${version}` : ''}`, { version: version || '(none)' }]);
  for (const [other, targetMistake] of otherTargets(target, values.host)) {
    choices.push([`${start}${other} ${httpVersion}`, { target: other, targetMistake }]);
    for (const version of versions) choices.push([`${start}${other}${version ? ` ${version}` : ''}`, { target: other, targetMistake, version: version || '(none)' }]);
  }
  return choices;
}

/** The targets a sender may have signed instead of the one sent: without its query (or with an empty one), the query decoded, the full URL. */
function otherTargets(target: string, host: string | undefined): [string, TargetMistake][] {
  const query = target.indexOf('?');
  const targets: [string, TargetMistake][] = query === -1 ? [[`${target}?`, 'query_added']] : [[target.slice(0, query), 'query_dropped']];
  if (query !== -1) {
    const decoded = safeDecode(target.slice(query + 1));
    if (decoded !== undefined && decoded !== target.slice(query + 1)) targets.push([`${target.slice(0, query + 1)}${decoded}`, 'query_decoded']);
  }
  if (host !== undefined && host !== '') targets.push([`https://${host}${target}`, 'absolute_url']);
  return targets;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}

function nameChoices({ wire, names }: VariantSource): Choice<(name: string) => string>[] {
  return distinct(names, (spell) => spell, [
    [(name) => name, {}],
    [(name) => wire[name]?.name ?? name, { nameCase: 'as spelt on the wire' }],
    [(name) => headerSpelling[name] ?? name, { nameCase: 'as the spec spells them (X-Date, Content-sha512)' }],
    [(name) => name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase()), { nameCase: 'in Title-Case (Content-Sha512)' }],
    [(name) => name.toUpperCase(), { nameCase: 'in upper case (X-DATE)' }],
  ]);
}

function whitespaceChoices({ wire, names, values }: VariantSource): Choice<(name: string, value: string, lower: string) => string>[] {
  return distinct(names, (write) => (name) => write(name, values[name]!, name), [
    [(name, value) => `${name}: ${value}`, {}],
    [(name, value) => `${name}:${value}`, { whitespace: 'no space after the colon ("name:value")' }],
    [(name, value) => `${name}:  ${value}`, { whitespace: 'two spaces after the colon' }],
    [(name, value) => `${name} : ${value}`, { whitespace: 'a space before the colon' }],
    [(name, value) => `${name}: ${value} `, { whitespace: 'a trailing space after each value' }],
    [(name, value, lower) => `${name}:${wire[lower]?.value ?? ` ${value}`}`, { whitespace: 'the values untrimmed, with the whitespace they have on the wire' }],
  ]);
}

/** The choices that render the signed header names differently from every earlier choice. */
function distinct<T>(names: readonly string[], render: (choice: T) => (name: string) => string, choices: Choice<T>[]): Choice<T>[] {
  const seen = new Set<string>();
  const headerNames = names.filter((name) => name !== pseudoHeader);
  return choices.filter(([choice]) => {
    const key = headerNames.map(render(choice)).join('\n');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function separatorChoices(): Choice<string>[] {
  return [[lineSeparator, {}], ['\r\n', { crlf: true }]];
}

function trailingChoices(): Choice<boolean>[] {
  return [[false, {}], [true, { trailingNewline: true }]];
}

function permutations(names: readonly string[]): (readonly string[])[] {
  if (names.length <= 1) return [names];
  return names.flatMap((name, index) => permutations([...names.slice(0, index), ...names.slice(index + 1)]).map((rest) => [name, ...rest]));
}

function sameSet(order: readonly string[], names: readonly string[]): boolean {
  return order.length === names.length && order.every((name) => names.includes(name));
}
