import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import { specValidators } from '../../generated/validators.js';
import { compileSpecSchema } from './compile-spec-schema.js';
import { createSpecAjv } from './create-spec-ajv.js';

/** Finds the compiled validator of a JSON pointer into the spec, such as a response schema. */
export type SchemaCache = (pointer: string) => ValidateFunction;

/**
 * A memoising set of validators for the spec's schemas. Without `ajv`, the standalone validators
 * `npm run generate` compiled into generated/validators.ts (every component, parameter, request
 * and response schema, and every anyOf/oneOf branch of one) answer, so that the client, the mock
 * and the conformance suite compile nothing, and do not even load ajv, at run time. Any other
 * pointer (a property's own schema, say), or every pointer when an `ajv` is given, is compiled on
 * first use (compiling costs milliseconds, validating microseconds). Like any ajv validator, one
 * reports its last call's `errors`: read them straight after validating.
 */
export function createSchemaCache(ajv?: Ajv2020): SchemaCache {
  let instance = ajv;
  const compiled = new Map<string, ValidateFunction>();
  return (pointer) => {
    let validate = compiled.get(pointer);
    if (!validate) {
      const standalone =
        ajv === undefined && Object.hasOwn(specValidators, pointer) ? specValidators[pointer] : undefined;
      validate = standalone ?? compileSpecSchema((instance ??= createSpecAjv()), pointer);
      compiled.set(pointer, validate);
    }
    return validate;
  };
}
