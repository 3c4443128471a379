import type { Ajv2020, Options } from 'ajv/dist/2020.js';
import type addFormatsModule from 'ajv-formats';
import { spec } from '../../generated/spec.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { SPEC_SCHEMA_ID } from './compile-spec-schema.js';

export { compileSpecSchema, SPEC_SCHEMA_ID } from './compile-spec-schema.js';

// ajv is loaded on the first createSpecAjv call, not at import: importing it costs about as much
// as the rest of the package, and the client, the mock and the conformance suite validate with
// the standalone validators `npm run generate` writes (generated/validators.ts), so most
// processes never need it. Both packages ship CommonJS, so a synchronous require is enough.
// node:module comes through process.getBuiltinModule, not a static import, so that this module
// still loads in a Worker (which has no node:module, and needs no ajv: the standalone validators answer).
function loadCommonJs(id: string): unknown {
  const createRequire = globalThis.process?.getBuiltinModule?.('node:module')?.createRequire;
  if (!createRequire)
    throw new ConfigurationError(`createSpecAjv: this runtime cannot load ${id} (it has no node:module)`);
  return createRequire(import.meta.url)(id);
}

/** What createSpecAjv can be asked for beyond the defaults. */
export interface SpecAjvOptions {
  /** Also check every compiled schema against the JSON Schema 2020-12 meta-schema (slow; for tests). */
  validateSchema?: boolean;
  /** The components to register; the spec's by default (the generator passes the ones it renders). */
  components?: object;
  /** Keep each validator's source for ajv's standaloneCode (the generator's option). */
  source?: boolean;
}

/**
 * Creates an ajv instance (JSON Schema 2020-12, as OpenAPI 3.1 uses) that knows every component
 * of the spec. Compile once and reuse: compiling is slow, validating is fast.
 * OpenAPI-only keywords (`example`, …) and the spec's `x-` annotations are declared so that ajv's
 * strict mode still catches real typos in the schemas. `validateSchema: true` also checks every
 * compiled schema against the JSON Schema 2020-12 meta-schema.
 */
export function createSpecAjv({
  validateSchema = false,
  components = spec.components,
  source = false,
}: SpecAjvOptions = {}): Ajv2020 {
  const { Ajv2020: Ajv } = loadCommonJs('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = loadCommonJs('ajv-formats') as typeof addFormatsModule.default;
  // Checking schemas against the 2020-12 meta-schema costs 100-300 ms per instance, paid by every
  // client and mock. The spec's schemas are fixed at build time, so that check runs once, in the
  // tests (create-spec-ajv.test.ts), and not at run time.
  const options: Options = { strict: true, allErrors: true, allowUnionTypes: true, validateSchema };
  // `lines` keeps the generated file diffable; `esm` writes `export` rather than `exports.`.
  if (source) options.code = { source: true, esm: true, lines: true };
  const ajv = new Ajv(options);
  addFormats(ajv);
  for (const keyword of [
    'example',
    'discriminator',
    'xml',
    'externalDocs',
    'x-ingo-unbounded',
    'x-ingo-source',
    'x-ingo-note',
  ]) {
    ajv.addKeyword({ keyword, schemaType: ['string', 'object', 'array', 'number', 'boolean', 'null'] });
  }
  // The document root is a container, not a schema: `components` is declared as an annotation so
  // that references into it resolve while every referenced schema is still checked strictly.
  ajv.addKeyword('components');
  ajv.addSchema({ $id: SPEC_SCHEMA_ID, components }, undefined, undefined, false);
  return ajv;
}
