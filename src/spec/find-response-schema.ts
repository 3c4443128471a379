import { spec } from '../../generated/spec.js';

const operation = spec.paths['/api/v1/sessions/point-in-time/plugin'].post;
type ResponseEntry = { $ref: string } | { content: Record<string, { schema: { $ref: string } }> };
const responses = operation.responses as unknown as Record<string, ResponseEntry>;
const operationPointer = '#/paths/~1api~1v1~1sessions~1point-in-time~1plugin/post';

/**
 * Finds the response the spec declares for an HTTP status (`503`, or a range such as `5XX` should
 * the spec ever use one again). Returns the JSON pointer of the response object: a component
 * (`#/components/responses/Unauthorized`) or the operation's inline response (HTTP 200).
 */
export function findResponsePointer(status: number): string | undefined {
  const code =
    responses[String(status)] !== undefined
      ? String(status)
      : responses[`${String(status)[0]}XX`] !== undefined
        ? `${String(status)[0]}XX`
        : undefined;
  if (code === undefined) return undefined;
  const entry = responses[code]!;
  return '$ref' in entry ? entry.$ref : `${operationPointer}/responses/${code}`;
}

/**
 * Finds the schema the spec declares for an HTTP status's `application/json` body, as a JSON
 * pointer that ajv can compile (under the components, where every schema lives; an inline
 * response refers to a component schema), or undefined when the status is not documented.
 */
export function findResponseSchemaPointer(status: number): string | undefined {
  const code = responses[String(status)] ?? responses[`${String(status)[0]}XX`];
  if (!code) return undefined;
  if ('$ref' in code) return `${code.$ref}/content/application~1json/schema`;
  return code.content['application/json']!.schema.$ref;
}

/** The media type the spec declares for a documented status's body (`application/json`). */
export function findResponseMediaType(status: number): string | undefined {
  const entry = responses[String(status)] ?? responses[`${String(status)[0]}XX`];
  if (!entry) return undefined;
  const response = (
    '$ref' in entry
      ? spec.components.responses[entry.$ref.split('/').at(-1) as keyof typeof spec.components.responses]
      : entry
  ) as { content: object };
  return Object.keys(response.content)[0];
}

/** The HTTP statuses the spec documents for Create Session, as written (`200`, `503`, …). */
export const documentedStatuses: readonly string[] = Object.keys(responses);
