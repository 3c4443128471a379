import fc from 'fast-check';
import type { ErrorObject } from 'ajv';
import type { SchemaCache } from '../../src/spec/create-schema-cache.js';

import type { SchemaRule } from './schema-rules.js';
import { requestSchemaPointer, type SchemaNode } from './schema-tree.js';
import { asciiUnit, countCharacters, unicodeUnit } from './unicode-text.js';
import { validValue, type ValidValueOptions } from './valid-value.js';

/**
 * Bodies that break exactly one rule of the request schema: a valid body (drawn over the whole
 * space) with one value replaced, removed or added. Each is checked with ajv before it is used: it
 * must fail the request schema with exactly one error, the rule's, so that a server rejecting it
 * can be rejecting nothing else.
 */
export function bodyBreaking(
  rule: SchemaRule,
  root: SchemaNode,
  options: Omit<ValidValueOptions, 'present'>,
): fc.Arbitrary<unknown> {
  const { validators } = options;
  const target = rule.node;
  const present = new Set(target.path.length > 0 ? [target.path.join('/')] : []);
  const base = validValue(root, { ...options, present });
  let validate: ReturnType<SchemaCache> | undefined;
  const breaksOnlyThisRule = (body: unknown) => {
    validate ??= validators(requestSchemaPointer);
    return validate(body) === false && isOnly(validate.errors, rule);
  };
  return fc
    .tuple(base, breaker(rule))
    .map(([body, change]) => change(body))
    .filter(breaksOnlyThisRule);
}

/** Whether ajv's errors are exactly one, the one breaking `rule` gives. */
export function isOnly(errors: readonly ErrorObject[] | null | undefined, rule: SchemaRule): boolean {
  if (!errors || errors.length !== 1) return false;
  const [error] = errors;
  if (error!.instancePath !== rule.error.instancePath || error!.keyword !== rule.error.keyword) return false;
  return rule.member === undefined || (error!.params as { missingProperty?: string }).missingProperty === rule.member;
}

type Change = (body: unknown) => unknown;

function breaker(rule: SchemaRule): fc.Arbitrary<Change> {
  const { node } = rule;
  const at = node.path;
  switch (rule.keyword) {
    case 'type':
      return otherTypeValue(node.type!).map((value) => replaceAt(at, () => value));
    case 'required':
      return fc.constant(
        replaceAt(at, (object) => {
          const { [rule.member!]: _removed, ...rest } = object as Record<string, unknown>;
          return rest;
        }),
      );
    case 'additionalProperties':
      return fc
        .tuple(undeclaredName(node), fc.jsonValue({ maxDepth: 1 }))
        .map(([name, value]) => replaceAt(at, (object) => ({ ...(object as object), [name]: value })));
    case 'enum':
      return nearMiss(node.enum!.filter((v): v is string => typeof v === 'string')).map((value) =>
        replaceAt(at, () => value),
      );
    case 'minLength':
      return fc.constant(replaceAt(at, (text) => [...(text as string)].slice(0, node.minLength! - 1).join('')));
    case 'maxLength': {
      // Plain text is padded with any character; text under a format or pattern with letters that keep it valid.
      const unit = node.format !== undefined || node.pattern !== undefined ? asciiUnit : unicodeUnit;
      return fc.string({ unit, minLength: 1, maxLength: 12 }).map((more) =>
        replaceAt(at, (text) => {
          const t = text as string;
          const grow = more.repeat(Math.ceil((node.maxLength! + 1) / countCharacters(more)));
          return [...(t + grow)].slice(0, node.maxLength! + countCharacters(more)).join('');
        }),
      );
    }
    case 'pattern':
    case 'format':
      // Small edits of a valid value (a character removed, added or replaced); the filter keeps those that break this keyword alone.
      return fc
        .array(edit, { minLength: 1, maxLength: 3 })
        .map((edits) => replaceAt(at, (text) => edits.reduce((t, apply) => apply(t), text as string)));
  }
}

const syntaxCharacter = fc.constantFrom(
  ' ',
  ':',
  '/',
  '@',
  '<',
  '>',
  '%',
  '#',
  '?',
  '\\',
  '"',
  '[',
  ']',
  'é',
  '.',
  '-',
  '\n',
);
const edit: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc
    .nat()
    .map(
      (i) => (text: string) =>
        text.length === 0 ? text : text.slice(0, i % text.length) + text.slice((i % text.length) + 1),
    ),
  fc.tuple(fc.nat(), syntaxCharacter).map(
    ([i, c]) =>
      (text: string) =>
        text.slice(0, i % (text.length + 1)) + c + text.slice(i % (text.length + 1)),
  ),
  fc.tuple(fc.nat(), syntaxCharacter).map(
    ([i, c]) =>
      (text: string) =>
        text.length === 0 ? c : text.slice(0, i % text.length) + c + text.slice((i % text.length) + 1),
  ),
);

function otherTypeValue(type: string): fc.Arbitrary<unknown> {
  const values: Record<string, fc.Arbitrary<unknown>> = {
    string: fc.string({ unit: unicodeUnit, maxLength: 8 }),
    integer: fc.integer(),
    number: fc.double({ noNaN: true, noDefaultInfinity: true }),
    boolean: fc.boolean(),
    null: fc.constant(null),
    array: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
    object: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
  };
  const others = Object.entries(values).filter(([name]) => name !== type && !(type === 'number' && name === 'integer'));
  return fc.oneof(...others.map(([, arbitrary]) => arbitrary));
}

/** Names an object does not declare: near misses of declared ones (case, separators, typos) or anything else. */
function undeclaredName(node: SchemaNode): fc.Arbitrary<string> {
  const declared = Object.keys(node.properties);
  const near = fc
    .tuple(fc.constantFrom(...declared), fc.constantFrom('upper', 'camel', 'dash', 'suffix', 'drop'))
    .map(([name, how]) => {
      if (how === 'upper') return name.toUpperCase();
      if (how === 'camel') return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
      if (how === 'dash') return name.replaceAll('_', '-');
      if (how === 'suffix') return `${name}s`;
      return name.slice(0, -1);
    });
  return fc
    .oneof(near, fc.string({ unit: unicodeUnit, minLength: 1, maxLength: 10 }))
    .filter((name) => !declared.includes(name) && name !== '__proto__');
}

/** Strings outside an enum: its values with another case, padded, cut, re-separated, or anything else. */
function nearMiss(values: readonly string[]): fc.Arbitrary<string> {
  const near = fc
    .tuple(fc.constantFrom(...values), fc.constantFrom('lower', 'upper', 'swap', 'space', 'cut', 'underscore'))
    .map(([value, how]) => {
      if (how === 'lower') return value.toLowerCase();
      if (how === 'upper') return value.toUpperCase();
      if (how === 'swap') return value.split('-').reverse().join('-');
      if (how === 'space') return ` ${value}`;
      if (how === 'cut') return value.slice(0, 2);
      return value.replaceAll('-', '_');
    });
  // Near misses first: they are what a lenient comparison (case-insensitive, trimmed) lets through.
  return fc
    .oneof({ arbitrary: near, weight: 3 }, { arbitrary: fc.string({ unit: unicodeUnit, maxLength: 8 }), weight: 1 })
    .filter((value) => !values.includes(value));
}

/** The body with the value at `path` changed; only the objects along the path are copied (drawn values are never mutated). */
function replaceAt(path: readonly string[], change: (value: unknown) => unknown): Change {
  const apply = (value: unknown, depth: number): unknown => {
    if (depth === path.length) return change(value);
    const object = value as Record<string, unknown>;
    return { ...object, [path[depth]!]: apply(object[path[depth]!], depth + 1) };
  };
  return (body) => apply(body, 0);
}
