import type { ValidateFunction } from 'ajv/dist/2020.js';
import { spec } from '../../generated/spec.js';
import { createSchemaCache } from '../spec/create-schema-cache.js';
import { breaksOnlyUndocumented, explainSchemaMismatch } from '../spec/explain-schema-mismatch.js';
import { isDocumented, sourceOfSchemaError } from '../spec/find-constraint-source.js';
import { findResponseSchemaPointer } from '../spec/find-response-schema.js';
import { signingConfig } from '../spec/signing-config.js';
import { toValidationIssues, type ValidationIssue } from '../spec/to-validation-issues.js';
import { createSessionPath } from '../spec/create-session-operation.js';

/** The spec's schemas as checks; each returns the issues found, or undefined when the value is valid. */
export interface SpecValidators {
  /**
   * Checks a Create Session body against the request schema's documented constraints only: a
   * constraint the spec marks as derived from an example or an assumption (`x-ingo-source`) never
   * makes the client refuse a body Ingo's documentation allows.
   */
  checkBody(body: unknown): ValidationIssue[] | undefined;
  /** Checks an Idempotency-Key value against the header's schema; issue paths name the header. */
  checkIdempotencyKey(key: string): ValidationIssue[] | undefined;
  /**
   * Checks an answer's body against the schema the spec declares for its HTTP status, by its
   * documented constraints only, as the conformance suite does: an answer that breaks only
   * constraints derived from an example or an assumption (an omitted `session_identifier`, say)
   * is not refused, since Ingo's documentation allows it.
   */
  checkAnswer(httpStatus: number, body: unknown): ValidationIssue[] | undefined;
}

const operation = spec.paths[createSessionPath].post;
const bodyPointer = operation.requestBody.content['application/json'].schema.$ref;
const keyParameter = Object.entries(spec.components.parameters).find(
  ([, parameter]) => parameter.name.toLowerCase() === signingConfig.idempotency.header,
);
const keyPointer = `#/components/parameters/${keyParameter![0]}/schema`;
const keyName = keyParameter![1].name;

/**
 * The spec's checks, through the standalone validators `npm run generate` compiled into
 * generated/validators.ts (createSchemaCache): making them compiles nothing and loads no ajv, so a
 * client may be made anywhere, a Worker's request handler included. Only a pointer without a
 * standalone validator (a property's own schema, looked into when explaining a mismatch) is compiled,
 * once, on first use.
 */
export function createSpecValidators(): SpecValidators {
  const validator = createSchemaCache();
  const check = (pointer: string, value: unknown) => {
    const validate = validator(pointer);
    return validate(value) ? undefined : toValidationIssues(validate.errors, value);
  };
  let validateBody: ValidateFunction | undefined; // looked up once: checkBody runs on every call
  return {
    checkBody(body) {
      const validate = (validateBody ??= validator(bodyPointer));
      if (validate(body)) return undefined;
      const documented = (validate.errors ?? []).filter((error) =>
        isDocumented(sourceOfSchemaError(error, bodyPointer)),
      );
      return documented.length === 0 ? undefined : toValidationIssues(documented, body);
    },
    checkIdempotencyKey(key) {
      const issues = check(keyPointer, key);
      return issues?.map((issue) => ({
        ...issue,
        path: `/${keyName}${issue.path}`,
        message: `${keyName} header ${issue.message}`,
      }));
    },
    checkAnswer(httpStatus, body) {
      const pointer = findResponseSchemaPointer(httpStatus);
      if (pointer === undefined || validator(pointer)(body)) return undefined;
      const mismatch = explainSchemaMismatch(pointer, body, validator);
      return breaksOnlyUndocumented(mismatch) ? undefined : mismatch.issues;
    },
  };
}
