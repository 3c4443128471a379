import fc from 'fast-check';
import type { SchemaCache } from '../../src/spec/create-schema-cache.js';
import { findConstraintSource } from '../../src/spec/find-constraint-source.js';
import { craftRequest } from '../craft-request.js';
import { expectCreated, expectRejected } from '../expect-outcome.js';
import { specRejections } from '../spec-rejections.js';
import { attributedVerdict } from './attribute-refusal.js';
import { bodyBreaking } from './break-rule.js';
import {
  runSingleRequest,
  type GeneratedExample,
  type GeneratedProperty,
  type SomeGeneratedProperty,
} from './generated-property.js';
import { deriveSchemaRules, type SchemaRule } from './schema-rules.js';
import { readSchemaTree } from './schema-tree.js';
import { jsonLayout, plainLayout, serializeJson, type JsonLayout } from './serialize-json.js';
import { countCharacters } from './unicode-text.js';
import { validValue, type ValidValueOptions } from './valid-value.js';

/** A drawn body and the layout it is written in. */
export interface DrawnBody {
  body: unknown;
  layout: JsonLayout;
}

const invalidBody = expectRejected(specRejections.invalidBody);

/**
 * How positive bodies are drawn: host_uri only from the values the user names as accepted (it is
 * allow-listed per client), and left out when none is named.
 */
export function positiveBodyOptions(validators: SchemaCache, hostUris: readonly string[] = []): ValidValueOptions {
  return { validators, fixed: { host_uri: hostUris } };
}

/**
 * The body properties: valid bodies over the whole space the request schema admits (each must
 * create a session and be echoed; a refusal that belongs to undocumented values only is a warning,
 * see attributeRefusal), one property per schema rule (bodies breaking that rule alone, each
 * rejected as an invalid body) and bodies that are not JSON at all.
 */
export function bodyProperties(validators: SchemaCache, hostUris: readonly string[] = []): SomeGeneratedProperty[] {
  const root = readSchemaTree();
  const positive = positiveBodyOptions(validators, hostUris);
  const drawn = (body: fc.Arbitrary<unknown>) => fc.record({ body, layout: jsonLayout });
  const valid: GeneratedProperty<DrawnBody> = {
    id: 'valid-body',
    title: 'a valid body drawn from the request schema creates a session and is echoed',
    tags: ['generated-valid', 'positive'],
    weight: 25,
    arbitrary: drawn(validValue(root, positive)),
    run: async (value, env) =>
      attributedVerdict(
        await runSingleRequest(value, env, 'valid-body', 'valid body', ['generated'], {
          build: (v, ctx) => craftRequest(ctx, { body: serializeJson(v.body, v.layout) }),
          expect: () => expectCreated,
        }),
        env,
        value.body,
        (body, ctx) => craftRequest(ctx, { body: serializeJson(body, value.layout) }),
      ),
    describe: (value) => describeBody(value, 'valid body'),
  };
  const invalid = deriveSchemaRules(root).map((rule): GeneratedProperty<DrawnBody> =>
    ruleProperty(rule, drawn(bodyBreaking(rule, root, positive))),
  );
  const notJson: GeneratedProperty<DrawnBody & { cut: number }> = {
    id: 'not-json',
    title:
      'a correctly signed body that is not JSON (a valid body cut short or with bytes added) is rejected as an invalid body',
    tags: ['generated-invalid', 'validation'],
    weight: 3,
    arbitrary: fc
      .record({
        body: validValue(root, positive),
        layout: jsonLayout,
        cut: fc.integer({ min: -LENIENT_FORMS.length - 4, max: 40 }).filter((n) => n !== 0),
      })
      .filter((v) => !parses(brokenJson(v))),
    run: (value, env) =>
      runSingleRequest(value, env, 'not-json', 'not JSON', ['generated'], {
        build: (v, ctx) => craftRequest(ctx, { body: brokenJson(v) }),
        expect: () => invalidBody,
      }),
    describe: (value) => ({
      ...describeBody(value, 'not JSON'),
      summary: `not JSON: ${brokenJson(value)}`,
      bodies: [{ body: brokenJson(value) }],
    }),
  };
  return [valid, ...invalid, notJson];
}

function ruleProperty(rule: SchemaRule, arbitrary: fc.Arbitrary<DrawnBody>): GeneratedProperty<DrawnBody> {
  const id = `invalid-body/${rule.id}`;
  // Where the rule comes from: a body breaking an example-derived or assumed rule that the server accepts is a warning.
  const expect = { ...invalidBody, basis: findConstraintSource(rule.node.pointer, rule.keyword, rule.member) };
  return {
    id,
    title: `a body breaking only "${rule.description}" is rejected as an invalid body`,
    tags: ['generated-invalid', 'validation'],
    weight: 1,
    arbitrary,
    run: (value, env) =>
      runSingleRequest(value, env, id, rule.description, ['generated'], {
        build: (v, ctx) => craftRequest(ctx, { body: serializeJson(v.body, v.layout) }),
        expect: () => expect,
      }),
    describe: (value) => describeBody(value, `breaks ${rule.id}`),
  };
}

/**
 * What lenient parsers accept and RFC 8259 does not (Newtonsoft.Json, JSON5, Python's json,
 * System.Text.Json and Jackson options): a trailing comma, single-quoted strings, NaN.
 */
const LENIENT_FORMS: readonly ((text: string) => string)[] = [
  (text) => text.replace(/\s*}\s*$/, ',}'),
  (text) => text.replaceAll('"', "'"),
  (text) =>
    text.replace(
      /("recipient_information"\s*:\s*\{)(\s*)(\}?)/,
      (_, open, space, close) => `${open}${space}"n":NaN${close ? '' : ','}${close}`,
    ),
];

/**
 * A valid body's JSON cut short (positive `cut`: that many characters removed from the end),
 * followed by junk, or in a form only a lenient parser accepts.
 */
function brokenJson({ body, layout, cut }: DrawnBody & { cut: number }): string {
  const text = serializeJson(body, layout);
  if (cut < -4) return LENIENT_FORMS[-cut - 5]!(text);
  if (cut < 0) return `${text}${[',', '}', 'x', '"'][-cut - 1]}`;
  return text.slice(0, Math.max(0, text.length - cut));
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The body as reports show it, with its size in members and characters. */
export function describeBody({ body, layout }: DrawnBody, label: string): GeneratedExample {
  const text = serializeJson(body, layout);
  const { members, characters } = measure(body);
  // Shown with every character outside printable ASCII escaped (invisible and combining ones
  // included) and the layout in words; the curl command carries the exact bytes.
  const shown = serializeJson(body, { ...plainLayout, escapes: 'ascii' });
  const written = describeLayout(layout);
  return {
    summary: `${label}: ${shown}${written ? ` (sent ${written})` : ''}`,
    bodies: [{ body: text }],
    curlable: true,
    size: `${members} member${members === 1 ? '' : 's'}, ${characters} characters of text, ${Buffer.byteLength(text)} bytes`,
  };
}

/** A layout in words (`with members reordered, whitespace " \n", \u escapes`), or '' for the plain one. */
export function describeLayout(layout: JsonLayout): string {
  const parts = [
    ...(layout.orderSeed === 0 ? [] : ['with members reordered']),
    ...(layout.whitespace.some((w) => w !== '') ? [`whitespace ${JSON.stringify(layout.whitespace.join(''))}`] : []),
    ...(layout.escapes === 'ascii'
      ? ['non-ASCII as \\u escapes']
      : layout.escapes === 'solidus'
        ? ['"/" as "\\/"']
        : []),
  ];
  return parts.length === 0 ? '' : `${parts.join(', ')}`;
}

/** Members (at every depth) and characters of string values and names in a JSON value. */
export function measure(value: unknown): { members: number; characters: number } {
  if (typeof value === 'string') return { members: 0, characters: countCharacters(value) };
  if (typeof value !== 'object' || value === null) return { members: 0, characters: 0 };
  const entries = Array.isArray(value) ? value.map((v) => ['', v] as const) : Object.entries(value);
  return entries.reduce(
    (total, [name, v]) => {
      const inner = measure(v);
      return {
        members: total.members + 1 + inner.members,
        characters: total.characters + countCharacters(name) + inner.characters,
      };
    },
    { members: 0, characters: 0 },
  );
}
