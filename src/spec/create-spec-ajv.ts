import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { spec } from '../../generated/spec.js';

// ajv-formats ships CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** The `$id` under which the spec's components are registered with ajv. */
export const SPEC_SCHEMA_ID = 'https://ingo-session.dev/session-management.json';

/**
 * Creates an ajv instance (JSON Schema 2020-12, as OpenAPI 3.1 uses) that knows every component
 * of the spec. Compile once and reuse: compiling is slow, validating is fast.
 * OpenAPI-only keywords (`example`, …) and the spec's `x-` annotations are declared so that ajv's
 * strict mode still catches real typos in the schemas. `validateSchema: true` also checks every
 * compiled schema against the JSON Schema 2020-12 meta-schema.
 */
export function createSpecAjv({ validateSchema = false }: { validateSchema?: boolean } = {}): Ajv2020 {
  // Checking schemas against the 2020-12 meta-schema costs 100-300 ms per instance, paid by every
  // client and mock. The spec's schemas are fixed at build time, so that check runs once, in the
  // tests (create-spec-ajv.test.ts), and not at run time.
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, validateSchema });
  addFormats(ajv);
  for (const keyword of ['example', 'discriminator', 'xml', 'externalDocs', 'x-ingo-unbounded', 'x-ingo-source', 'x-ingo-note']) {
    ajv.addKeyword({ keyword, schemaType: ['string', 'object', 'array', 'number', 'boolean', 'null'] });
  }
  // The document root is a container, not a schema: `components` is declared as an annotation so
  // that references into it resolve while every referenced schema is still checked strictly.
  ajv.addKeyword('components');
  ajv.addSchema({ $id: SPEC_SCHEMA_ID, components: spec.components }, undefined, undefined, false);
  return ajv;
}

/**
 * Compiles the schema at a JSON pointer into the spec, for example
 * `#/components/schemas/CreateSessionRequest`.
 */
export function compileSpecSchema(ajv: Ajv2020, pointer: string): ValidateFunction {
  // Compiling a reference (rather than getSchema on the fragment) compiles only the schema it
  // points at, not the whole components object.
  return ajv.compile({ $ref: `${SPEC_SCHEMA_ID}${pointer}` });
}
