import { spec } from '../../generated/spec.js';

const operation = spec.paths['/api/v1/sessions/point-in-time/plugin'].post;
const responses = operation.responses as Record<string, { $ref: string }>;

/**
 * Finds the response the spec declares for an HTTP status: the exact code first, then its range
 * (`5XX`). Returns the JSON pointer of the response's `application/json` schema, or undefined when
 * the status is not documented.
 */
export function findResponseSchemaPointer(status: number): string | undefined {
  const entry = responses[String(status)] ?? responses[`${String(status)[0]}XX`];
  if (!entry) return undefined;
  // Every response is a reference to #/components/responses/<Name>.
  return `${entry.$ref}/content/application~1json/schema`;
}

/** The HTTP statuses the spec documents for Create Session, as written (`200`, `503`, …). */
export const documentedStatuses: readonly string[] = Object.keys(responses);
