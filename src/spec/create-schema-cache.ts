import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import { compileSpecSchema, createSpecAjv } from './create-spec-ajv.js';

/** Finds the compiled validator of a JSON pointer into the spec, such as a response schema. */
export type SchemaCache = (pointer: string) => ValidateFunction;

/**
 * A lazily compiling, memoising set of validators for the spec's schemas: the ajv instance is
 * created on first use and each schema compiled once (compiling costs milliseconds, validating
 * microseconds). The client and the conformance suite each keep one.
 */
export function createSchemaCache(ajv?: Ajv2020): SchemaCache {
  let instance = ajv;
  const compiled = new Map<string, ValidateFunction>();
  return (pointer) => {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = compileSpecSchema((instance ??= createSpecAjv()), pointer);
      compiled.set(pointer, validate);
    }
    return validate;
  };
}
