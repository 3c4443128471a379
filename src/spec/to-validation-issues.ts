import type { ErrorObject } from 'ajv';

/** One reason a value does not match the spec: where, which rule, and what was expected. */
export interface ValidationIssue {
  /** JSON pointer into the validated value (`""` is the whole value). */
  path: string;
  /** The JSON Schema keyword that failed, such as `maxLength` or `required`. */
  rule: string;
  /** ajv's message, such as `must NOT have more than 100 characters`. */
  message: string;
  /** What the rule expects, from the schema (a limit, the allowed values, a format name). */
  expected?: unknown;
  /** The value found at `path`, when there is one. */
  received?: unknown;
}

/** Turns ajv errors into issues with JSON pointers; `required` points at the missing property. */
export function toValidationIssues(
  errors: readonly ErrorObject[] | null | undefined,
  data: unknown,
): ValidationIssue[] {
  return (errors ?? []).map((error) => {
    const params = error.params as Record<string, unknown>;
    const path =
      error.keyword === 'required'
        ? `${error.instancePath}/${escapePointer(String(params.missingProperty))}`
        : error.keyword === 'additionalProperties'
          ? `${error.instancePath}/${escapePointer(String(params.additionalProperty))}`
          : error.instancePath;
    const issue: ValidationIssue = { path, rule: error.keyword, message: error.message ?? error.keyword };
    const expected =
      params.limit ?? params.allowedValues ?? params.format ?? params.type ?? params.pattern ?? params.missingProperty;
    if (expected !== undefined) issue.expected = expected;
    const received = readPointer(data, path);
    if (received !== undefined && error.keyword !== 'required') issue.received = received;
    return issue;
  });
}

/** Formats issues as one line each: `/path rule: message`. */
export function formatValidationIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.path || '(root)'} ${issue.message}`).join('; ');
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function readPointer(data: unknown, pointer: string): unknown {
  let current = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
