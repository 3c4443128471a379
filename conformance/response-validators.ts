import type { ValidateFunction } from 'ajv';
import { compileSpecSchema, createSpecAjv } from '../src/spec/create-spec-ajv.js';

/** Finds the compiled validator of a schema pointer into the spec. */
export type ResponseValidators = (pointer: string) => ValidateFunction;

/**
 * Creates a lazily compiling, memoising set of validators for the spec's response schemas: one ajv
 * per set, each schema compiled on first use (compiling is slow, validating is fast).
 */
export function createResponseValidators(ajv = createSpecAjv()): ResponseValidators {
  const compiled = new Map<string, ValidateFunction>();
  return (pointer) => {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = compileSpecSchema(ajv, pointer);
      compiled.set(pointer, validate);
    }
    return validate;
  };
}
