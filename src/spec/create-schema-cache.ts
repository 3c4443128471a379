import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import { specValidators } from '../../generated/validators.js';
import { compileSpecSchema } from './compile-spec-schema.js';

/** Finds the compiled validator of a JSON pointer into the spec, such as a response schema. */
export type SchemaCache = (pointer: string) => ValidateFunction;

/**
 * A memoising set of validators for the spec's schemas. Without `ajv`, the standalone validators
 * `npm run generate` compiled into generated/validators.ts (every schema of the spec, every
 * response and anyOf branch) answer, so that nothing is compiled, and ajv itself is not even
 * loaded, at run time; a pointer they lack is a programming error, thrown. With an `ajv` (from
 * createSpecAjv), each pointer is compiled with it on first use (compiling costs milliseconds,
 * validating microseconds). The client, the mock and the conformance suite each keep one. Like
 * any ajv validator, one reports its last call's `errors`: read them straight after validating.
 */
export function createSchemaCache(ajv?: Ajv2020): SchemaCache {
  const compiled = new Map<string, ValidateFunction>();
  return (pointer) => {
    let validate = compiled.get(pointer);
    if (!validate) {
      if (ajv !== undefined) validate = compileSpecSchema(ajv, pointer);
      else if (Object.hasOwn(specValidators, pointer)) validate = specValidators[pointer]!;
      else throw new Error(`no generated validator for ${pointer}: generated/validators.ts holds those scripts/render-validators.ts lists (regenerate with npm run generate)`);
      compiled.set(pointer, validate);
    }
    return validate;
  };
}
