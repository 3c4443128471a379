import fc from 'fast-check';
import type { SchemaCache } from '../../src/spec/create-schema-cache.js';
import type { SchemaNode } from './schema-tree.js';
import { asciiUnit, countCharacters, textOfLength, unicodeUnit } from './unicode-text.js';

/** Length drawn for strings the spec leaves unbounded (`x-ingo-unbounded`): long enough to matter, short enough to stay far below any body limit. */
export const UNBOUNDED_TEXT_LENGTH = 64;
/** Extra members added to an open object, at most. */
const MAX_EXTRA_MEMBERS = 3;

/** How to draw valid values. */
export interface ValidValueOptions {
  /** Compiles the spec's schema at a pointer (a last check of every drawn value: no false positives). */
  validators: SchemaCache;
  /** Paths (`recipient_information/open_banking`) whose optional members must be present, for rules that break something inside. */
  present?: ReadonlySet<string>;
  /**
   * Paths (`host_uri`) whose values are drawn only from a given list, and left out when the list is
   * empty: for members whose accepted values depend on the server's configuration (host_uri is
   * allow-listed per client). A path in `present` is drawn over the whole space all the same.
   */
  fixed?: Readonly<Record<string, readonly unknown[]>>;
}

/**
 * Values valid against a schema node, over the whole space it admits: every optional member present
 * and absent in combination, every enum value, strings from the shortest to the longest allowed
 * length (counted in code points, as the spec counts them) across Unicode, URIs and e-mail addresses
 * for their formats, and extra members of any JSON type in open objects. Shrinks towards fewer
 * members and shorter, plainer strings.
 */
export function validValue(node: SchemaNode, options: ValidValueOptions): fc.Arbitrary<unknown> {
  // Strings under a format or pattern are drawn close to it and kept only when ajv agrees; every
  // other value is valid by construction. The validator is compiled on first use, not up front.
  const checked = (arbitrary: fc.Arbitrary<string>) => {
    if (node.format === undefined && node.pattern === undefined) return arbitrary;
    let validate: ReturnType<SchemaCache> | undefined;
    return arbitrary.filter((value) => (validate ??= options.validators(node.pointer))(value) === true);
  };
  if (node.enum !== undefined) return fc.constantFrom(...node.enum);
  switch (node.type) {
    case 'object':
      return validObject(node, options);
    case 'string':
      return checked(validString(node));
    case 'integer':
      return fc.integer({ min: node.minimum ?? -1e9, max: node.maximum ?? 1e9 });
    case 'number':
      return fc.double({ min: node.minimum ?? -1e9, max: node.maximum ?? 1e9, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function validObject(node: SchemaNode, options: ValidValueOptions): fc.Arbitrary<Record<string, unknown>> {
  const here = node.path.join('/');
  const forced = (name: string) =>
    [...(options.present ?? [])].some(
      (path) => path === (here ? `${here}/${name}` : name) || path.startsWith(here ? `${here}/${name}/` : `${name}/`),
    );
  const choices = (name: string) => (forced(name) ? undefined : options.fixed?.[here ? `${here}/${name}` : name]);
  const declaredNames = Object.keys(node.properties).filter(
    (name) => node.required.includes(name) || choices(name)?.length !== 0,
  );
  const members = Object.fromEntries(
    declaredNames.map((name) => {
      const fixed = choices(name);
      return [name, fixed === undefined ? validValue(node.properties[name]!, options) : fc.constantFrom(...fixed)];
    }),
  );
  const requiredKeys = declaredNames.filter((name) => node.required.includes(name) || forced(name));
  const declared = fc.record(members, { requiredKeys });
  if (!node.additionalProperties) return declared;
  return fc.tuple(declared, extraMembers(node)).map(([known, extra]) => ({ ...extra, ...known }));
}

/** Members an open object may carry beyond its declared ones: any name it does not declare, any JSON value. */
export function extraMembers(node: SchemaNode): fc.Arbitrary<Record<string, unknown>> {
  const name = fc
    .string({ unit: unicodeUnit, minLength: 1, maxLength: 12 })
    .filter((key) => !Object.hasOwn(node.properties, key) && key !== '__proto__');
  return fc.dictionary(name, fc.jsonValue({ maxDepth: 2, stringUnit: 'grapheme' }), { maxKeys: MAX_EXTRA_MEMBERS });
}

function validString(node: SchemaNode): fc.Arbitrary<string> {
  const min = node.minLength ?? 0;
  const max = node.maxLength ?? Math.max(min, UNBOUNDED_TEXT_LENGTH);
  const within = (text: string) => countCharacters(text) >= min && countCharacters(text) <= max;
  if (node.format === 'uri') return uriOfLength(min, max).filter(within);
  if (node.format === 'email') return fc.emailAddress().filter(within);
  if (node.pattern !== undefined) return fc.stringMatching(new RegExp(node.pattern, 'u')).filter(within);
  return textOfLength(min, max);
}

// Built once: fc.stringMatching compiles its pattern into an arbitrary, which takes milliseconds.
const scheme = fc.oneof(fc.constantFrom('https', 'http'), fc.stringMatching(/^[a-z][a-z0-9+.-]{0,7}$/));
const port = fc.option(
  fc.integer({ min: 1, max: 65535 }).map((n) => `:${n}`),
  { nil: '' },
);
const path = fc.option(fc.webPath(), { nil: '' });

/** Absolute URIs with a scheme and a host (`scheme://host[:port][/path]`), padded with path characters to lengths up to `max`. */
export function uriOfLength(min: number, max: number): fc.Arbitrary<string> {
  const padTo = fc.oneof(fc.constant(0), fc.constant(max), fc.integer({ min: 0, max }));
  return fc
    .tuple(scheme, fc.domain(), port, path, padTo, fc.string({ unit: asciiUnit, maxLength: 1 }))
    .map(([s, host, p, webPath, target, letter]) => {
      const base = `${s}://${host}${p}${webPath}`;
      const wanted = Math.max(target, min);
      if (base.length >= wanted) return base;
      const filler = `${base.endsWith('/') ? '' : '/'}${(letter || 'a').repeat(wanted)}`;
      return (base + filler).slice(0, wanted);
    });
}
