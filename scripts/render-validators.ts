/**
 * The generation step for generated/validators.ts: every schema of the spec compiled by ajv to
 * standalone code (ajv's standaloneCode), so that the client, the mock and the conformance suite
 * validate without compiling any schema (or even loading ajv) at start. Called by one line of
 * scripts/generate.ts, and drift-checked with the other generated files.
 */
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { SPEC_SCHEMA_ID } from '../src/spec/compile-spec-schema.js';
import { createSpecAjv } from '../src/spec/create-spec-ajv.js';

// ajv ships CommonJS; under NodeNext its default import is the module object.
const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default;

interface SpecDocument {
  components: {
    schemas?: Record<string, unknown>;
    parameters?: Record<string, { schema?: unknown }>;
    requestBodies?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
    responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  };
}

const escapeKey = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Every JSON pointer a validator is looked up by: each component schema, each parameter schema,
 * each request body and response media-type schema, and each branch of any of these that is an
 * anyOf or oneOf (the conformance suite explains a mismatch branch by branch).
 */
export function listSchemaPointers(document: object): string[] {
  const { components } = document as SpecDocument;
  const pointers: string[] = [];
  const add = (pointer: string, schema: unknown) => {
    pointers.push(pointer);
    for (const combinator of ['anyOf', 'oneOf'] as const) {
      (schema as Partial<Record<typeof combinator, readonly unknown[]>>)[combinator]?.forEach((_, index) =>
        pointers.push(`${pointer}/${combinator}/${index}`),
      );
    }
  };
  for (const [name, schema] of Object.entries(components.schemas ?? {}))
    add(`#/components/schemas/${escapeKey(name)}`, schema);
  for (const [name, parameter] of Object.entries(components.parameters ?? {})) {
    if (parameter.schema !== undefined) add(`#/components/parameters/${escapeKey(name)}/schema`, parameter.schema);
  }
  for (const kind of ['requestBodies', 'responses'] as const) {
    for (const [name, entry] of Object.entries(components[kind] ?? {})) {
      for (const [mediaType, media] of Object.entries(entry.content ?? {})) {
        if (media.schema !== undefined)
          add(`#/components/${kind}/${escapeKey(name)}/content/${escapeKey(mediaType)}/schema`, media.schema);
      }
    }
  }
  return pointers;
}

/** Renders generated/validators.ts from the parsed spec; `header` is the generator's do-not-edit header. */
export function renderValidators(document: object, header: (what: string) => string): Record<string, string> {
  const ajv = createSpecAjv({ components: (document as SpecDocument).components, source: true });
  const pointers = listSchemaPointers(document);
  pointers.forEach((pointer, index) => ajv.addSchema({ $ref: `${SPEC_SCHEMA_ID}${pointer}` }, `v${index}`));
  let code = standaloneCode(ajv, Object.fromEntries(pointers.map((_, index) => [`v${index}`, `v${index}`])));
  // ajv's ESM output still reads its runtime helpers (ucs2length, the formats) with require(),
  // which an ES module lacks: each becomes an import.
  const modules: string[] = [];
  code = code.replace(/require\("([^"]+)"\)/g, (_, name: string) => {
    if (!modules.includes(name)) modules.push(name);
    return `runtime${modules.indexOf(name)}`;
  });
  // The per-pointer exports give way to one typed map, below.
  const exported = new Map<string, string>();
  code = code.replace(
    /export const (v\d+) = (validate\d+);/g,
    (_, name: string, fn: string) => (exported.set(name, fn), ''),
  );
  code = code.replace(/^"use strict";\s*/, '');
  const entries = pointers.map((pointer, index) => `  ${JSON.stringify(pointer)}: ${exported.get(`v${index}`)},`);
  return {
    'generated/validators.ts':
      header("Standalone ajv validators of the spec's schemas, by JSON pointer: nothing is compiled at start.") +
      "// @ts-nocheck ajv's standalone output is plain JavaScript; the one export below is typed.\n" +
      "import type { ValidateFunction } from 'ajv';\n" +
      modules.map((name, index) => `import * as runtimeModule${index} from '${name}.js';\n`).join('') +
      '\n// An ES module namespace of a CommonJS module holds module.exports as `default` in Node, while\n' +
      '// bundlers and vitest may unwrap it: either way this is what require() returns.\n' +
      'const required = (namespace) => (namespace.default?.__esModule ? namespace.default : namespace);\n' +
      modules.map((_, index) => `const runtime${index} = required(runtimeModule${index});\n`).join('') +
      `\n${code.trim()}\n\n` +
      '/** Validators by JSON pointer into the spec (`#/components/schemas/CreateSessionRequest`, …). */\n' +
      `export const specValidators: Readonly<Record<string, ValidateFunction>> = {\n${entries.join('\n')}\n};\n`,
  };
}
