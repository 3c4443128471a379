import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';

/** The `$id` under which the spec's components are registered with ajv. */
export const SPEC_SCHEMA_ID = 'https://ingo-session.dev/session-management.json';

/**
 * Compiles the schema at a JSON pointer into the spec, for example
 * `#/components/schemas/CreateSessionRequest`, with an ajv from createSpecAjv.
 */
export function compileSpecSchema(ajv: Ajv2020, pointer: string): ValidateFunction {
  // Compiling a reference (rather than getSchema on the fragment) compiles only the schema it
  // points at, not the whole components object.
  return ajv.compile({ $ref: `${SPEC_SCHEMA_ID}${pointer}` });
}
