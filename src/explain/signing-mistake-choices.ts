import { headerSpelling, signingConfig } from '../spec/signing-config.js';
import { buildRequestLine } from '../signing/build-signing-string.js';
import type { Choice, TargetMistake, VariantSource } from './signing-mistakes.js';

const { pseudoHeader, httpVersion } = signingConfig.requestLine;
const { lineSeparator } = signingConfig;
// Permuting more names than this would cost more than it could find (7! = 5040 orders per variant).
const MAX_PERMUTED_NAMES = 6;

// The choices of each part of the signing string, the right one first: each is one dimension of
// signingStringVariants' search.

/** Which orders a search tries besides the declared one: see orderChoices. */
export type OrderSet = 'likely' | 'unlikely';

/**
 * The declared order, then other orders of the same names. `likely`: the documented orders, the
 * order the headers have on the wire, sorted, reversed, and every swap of two names (a few dozen
 * at most). `unlikely`: every other permutation (up to six names; more would cost more than it
 * could find), which the search combines with fewer other mistakes.
 */
export function orderChoices({ names, wire }: VariantSource, which: OrderSet = 'likely'): Choice<readonly string[]>[] {
  const declared = names.join(' ');
  const likely = new Map<string, readonly string[]>();
  const add = (order: readonly string[]) => {
    if (sameSet(order, names) && order.join(' ') !== declared) likely.set(order.join(' '), order);
  };
  add(signingConfig.defaultHeaderOrder);
  add(signingConfig.alternateHeaderOrder);
  const onWire = Object.keys(wire);
  add([...names].sort((a, b) => wirePosition(onWire, a) - wirePosition(onWire, b)));
  add([...names].sort());
  add([...names].reverse());
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const swapped = [...names];
      [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
      add(swapped);
    }
  }
  const others =
    which === 'likely'
      ? [...likely.values()]
      : names.length <= MAX_PERMUTED_NAMES
        ? permutations(names).filter((order) => order.join(' ') !== declared && !likely.has(order.join(' ')))
        : [];
  return [[names, {}], ...others.map((order): Choice<readonly string[]> => [order, { order }])];
}

/** Where a name is on the wire; the request line comes first, a name not sent last. */
function wirePosition(onWire: readonly string[], name: string): number {
  if (name === pseudoHeader) return -1;
  const at = onWire.indexOf(name);
  return at === -1 ? onWire.length : at;
}

/** The request line as the signer builds it, then with another version, another target, or both (the capture's version only). */
export function requestLineChoices({
  method,
  target,
  wireVersion,
  values,
  requestLine,
}: VariantSource): Choice<string>[] {
  // The correct line, as the signer builds it (or as a rare mistake writes it); the variants only change its version or its target.
  const start = requestLine ? '' : buildRequestLine(method, target).slice(0, method.length + 1);
  const write = requestLine ?? ((path: string, version: string) => `${start}${path}${version ? ` ${version}` : ''}`);
  const versions = [...new Set(['HTTP/2', 'HTTP/2.0', 'HTTP/1.0', ...(wireVersion ? [wireVersion] : []), ''])].filter(
    (version) => version !== httpVersion,
  );
  const choices: Choice<string>[] = [[write(target, httpVersion), {}]];
  for (const version of versions) choices.push([write(target, version), { version: version || '(none)' }]);
  // Another target is tried with the right version, and with the capture's own when that differs
  // (a client that signs what it speaks): every version with every target would double the search.
  const wire = wireVersion !== undefined && wireVersion !== httpVersion ? wireVersion : undefined;
  for (const [other, targetMistake] of otherTargets(target, values.host)) {
    choices.push([write(other, httpVersion), { target: other, targetMistake }]);
    if (wire !== undefined) choices.push([write(other, wire), { target: other, targetMistake, version: wire }]);
  }
  return choices;
}

/** The targets a sender may have signed instead of the one sent: without its query (or with an empty one), the query decoded, the full URL. */
function otherTargets(target: string, host: string | undefined): [string, TargetMistake][] {
  const query = target.indexOf('?');
  const targets: [string, TargetMistake][] =
    query === -1 ? [[`${target}?`, 'query_added']] : [[target.slice(0, query), 'query_dropped']];
  if (query !== -1) {
    const decoded = safeDecode(target.slice(query + 1));
    if (decoded !== undefined && decoded !== target.slice(query + 1))
      targets.push([`${target.slice(0, query + 1)}${decoded}`, 'query_decoded']);
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

/** Header names in lower case, then as spelt on the wire, as the spec spells them, Title-Case, upper case. */
export function nameChoices({ wire, names }: VariantSource): Choice<(name: string) => string>[] {
  return distinct(names, (spell) => spell, [
    [(name) => name, {}],
    [(name) => wire[name]?.name ?? name, { nameCase: 'as spelt on the wire' }],
    [(name) => headerSpelling[name] ?? name, { nameCase: 'as the spec spells them (X-Date, Content-sha512)' }],
    [
      (name) => name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase()),
      { nameCase: 'in Title-Case (Content-Sha512)' },
    ],
    [(name) => name.toUpperCase(), { nameCase: 'in upper case (X-DATE)' }],
  ]);
}

/** `name: value`, then the other ways of writing a header line. */
export function whitespaceChoices({
  wire,
  names,
  values,
}: VariantSource): Choice<(name: string, value: string, lower: string) => string>[] {
  return distinct(names, (write) => (name) => write(name, values[name]!, name), [
    [(name, value) => `${name}: ${value}`, {}],
    [(name, value) => `${name}:${value}`, { whitespace: 'no space after the colon ("name:value")' }],
    [(name, value) => `${name}:  ${value}`, { whitespace: 'two spaces after the colon' }],
    [(name, value) => `${name} : ${value}`, { whitespace: 'a space before the colon' }],
    [(name, value) => `${name}: ${value} `, { whitespace: 'a trailing space after each value' }],
    [
      (name, value, lower) => `${name}:${wire[lower]?.value ?? ` ${value}`}`,
      { whitespace: 'the values untrimmed, with the whitespace they have on the wire' },
    ],
  ]);
}

/** The choices that render the signed header names differently from every earlier choice. */
function distinct<T>(
  names: readonly string[],
  render: (choice: T) => (name: string) => string,
  choices: Choice<T>[],
): Choice<T>[] {
  const seen = new Set<string>();
  const headerNames = names.filter((name) => name !== pseudoHeader);
  return choices.filter(([choice]) => {
    const key = headerNames.map(render(choice)).join('\n');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** LF between lines, then CRLF. */
export function separatorChoices(): Choice<string>[] {
  return [
    [lineSeparator, {}],
    ['\r\n', { crlf: true }],
  ];
}

/** Nothing after the last line, then one more separator. */
export function trailingChoices(): Choice<boolean>[] {
  return [
    [false, {}],
    [true, { trailingNewline: true }],
  ];
}

function permutations(names: readonly string[]): (readonly string[])[] {
  if (names.length <= 1) return [names];
  return names.flatMap((name, index) =>
    permutations([...names.slice(0, index), ...names.slice(index + 1)]).map((rest) => [name, ...rest]),
  );
}

function sameSet(order: readonly string[], names: readonly string[]): boolean {
  return order.length === names.length && order.every((name) => names.includes(name));
}
