import type { SchemaCache } from './create-schema-cache.js';
import { isDocumented, sourceOfSchemaError, type ConstraintSource } from './find-constraint-source.js';
import { readSpecPointer } from './read-spec-pointer.js';
import { toValidationIssues, type ValidationIssue } from './to-validation-issues.js';

/** Why a value fails the schema at a pointer: the issues of the schema (or union branch) it was meant for, and where each constraint comes from. */
export interface SchemaMismatch {
  issues: ValidationIssue[];
  /** The schema's name (`SessionCreated`), or its branch (`anyOf/1`). */
  schemaName: string;
  sources: ConstraintSource[];
}

/**
 * The issues to report for a value that fails the schema at `pointer`, with the source of each.
 * For an `anyOf` (the 200 response: success or error envelope) ajv reports every branch's errors;
 * a branch broken only in undocumented constraints is the one the server meant, else the branch
 * with the fewest issues, and only its issues are reported.
 */
export function explainSchemaMismatch(pointer: string, value: unknown, validators: SchemaCache): SchemaMismatch {
  const schema = readSpecPointer(pointer) as { anyOf?: { $ref?: string }[]; $ref?: string } | undefined;
  const branches =
    schema?.anyOf?.map((branch, index) => ({
      pointer: `${pointer}/anyOf/${index}`,
      name: nameOf(branch.$ref) ?? `anyOf/${index}`,
    })) ?? [];
  const candidates =
    branches.length > 0 ? branches : [{ pointer, name: nameOf(schema?.$ref) ?? pointer.split('/')[3]! }];
  const explained = candidates.map(({ pointer: branchPointer, name }) => {
    const validate = validators(branchPointer);
    validate(value);
    return {
      issues: toValidationIssues(validate.errors, value),
      schemaName: name,
      sources: (validate.errors ?? []).map((error) => sourceOfSchemaError(error, branchPointer)),
    };
  });
  const onlyUndocumented = explained.find((branch) => branch.sources.length > 0 && !branch.sources.some(isDocumented));
  return onlyUndocumented ?? explained.reduce((best, next) => (next.issues.length < best.issues.length ? next : best));
}

/** Whether a mismatch breaks only constraints the spec marks as derived from an example or an assumption. */
export function breaksOnlyUndocumented({ sources }: Pick<SchemaMismatch, 'sources'>): boolean {
  return sources.length > 0 && !sources.some(isDocumented);
}

function nameOf(ref: string | undefined): string | undefined {
  return ref?.split('/').at(-1);
}
