/**
 * Derives an OpenAPI 3.0.3 document from the 3.1 spec, for tools that still need one (API gateway
 * importers, Dredd, older generators). A plain rename of `openapi:` is not enough: 3.0 has no
 * `info.summary` or `license.identifier`, no type arrays (`nullable` instead), no `const`, no
 * `examples` array in schemas, numeric `exclusiveMinimum`/`exclusiveMaximum`, boolean schemas, or
 * siblings beside `$ref`. Each is translated; a 3.1 keyword with no 3.0 form throws, so that a
 * future spec change cannot silently produce an invalid 3.0 copy. Pure: the input is not changed.
 */

import { stringify } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** 3.1 schema keywords that 3.0 cannot express. */
const UNSUPPORTED = [
  'if',
  'then',
  'else',
  'prefixItems',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  'patternProperties',
  'propertyNames',
  'contains',
  '$defs',
  '$anchor',
  '$dynamicRef',
];
/** Annotations that 3.0 does not know and that carry no constraint. */
const DROPPED = ['$schema', '$id', '$comment', 'contentEncoding', 'contentMediaType'];

/** Converts a parsed OpenAPI 3.1 document to OpenAPI 3.0.3. */
export function convertToOpenApi30(document: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { openapi, webhooks, jsonSchemaDialect, info, ...rest } = structuredClone(document) as JsonObject;
  if (typeof openapi !== 'string' || !openapi.startsWith('3.1'))
    throw new Error(`expected an OpenAPI 3.1 document, got openapi: ${String(openapi)}`);
  if (webhooks !== undefined) throw new Error('OpenAPI 3.0 has no webhooks');
  void jsonSchemaDialect;
  const { summary, license, ...infoRest } = info as JsonObject;
  const converted: JsonObject = {
    openapi: '3.0.3',
    info: { ...infoRest, ...(license ? { license: withoutIdentifier(license as JsonObject) } : {}) },
  };
  if (typeof summary === 'string' && typeof infoRest.description === 'string')
    (converted.info as JsonObject).description = `${summary}\n\n${infoRest.description}`;
  return { ...converted, ...(convertSchemas(rest, 'document') as JsonObject) };
}

function withoutIdentifier({ identifier: _identifier, ...license }: JsonObject): JsonObject {
  return license;
}

/**
 * Walks the document and converts every schema it meets: the values of `schema`, of the maps
 * `components.schemas` and `properties`, and of the schema keywords that hold schemas. Extensions
 * (`x-…`) are copied as they are: their content is not OpenAPI.
 */
function convertSchemas(value: Json, role: 'document' | 'schema' | 'schemas', path = '#'): Json {
  if (Array.isArray(value))
    return value.map((item, index) => convertSchemas(item, role === 'schemas' ? 'schema' : role, `${path}/${index}`));
  if (typeof value === 'boolean' && role === 'schema') return value ? {} : { not: {} };
  if (typeof value !== 'object' || value === null) return value;
  if (role === 'schemas')
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, convertSchemas(child, 'schema', `${path}/${key}`)]),
    );
  if (role === 'schema') return convertSchema(value, path);
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      // Extensions are not OpenAPI, and example values are data: both are copied as they are.
      if (key.startsWith('x-') || ['example', 'examples', 'default', 'enum'].includes(key)) return [key, child];
      const childPath = `${path}/${key}`;
      if (key === 'schema') return [key, convertSchemas(child, 'schema', childPath)];
      if (key === 'schemas' && path === '#/components') return [key, convertSchemas(child, 'schemas', childPath)];
      return [key, convertSchemas(child, 'document', childPath)];
    }),
  );
}

function convertSchema(schema: JsonObject, path: string): JsonObject {
  for (const keyword of UNSUPPORTED)
    if (keyword in schema) throw new Error(`${path}: OpenAPI 3.0 cannot express the schema keyword ${keyword}`);
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.includes(key)) continue;
    if (key.startsWith('x-')) out[key] = value;
    else if (key === 'properties') out[key] = convertSchemas(value, 'schemas', `${path}/properties`);
    // additionalProperties may stay a boolean in 3.0; every other boolean schema may not.
    else if (key === 'additionalProperties' && typeof value === 'boolean') out[key] = value;
    else if (['items', 'not', 'additionalProperties', 'allOf', 'anyOf', 'oneOf'].includes(key))
      out[key] = convertSchemas(value, 'schema', `${path}/${key}`);
    else if (key === 'type' && Array.isArray(value)) {
      const types = value.filter((type) => type !== 'null');
      if (types.length !== 1)
        throw new Error(`${path}: OpenAPI 3.0 cannot express the type list ${JSON.stringify(value)}`);
      out.type = types[0]!;
      if (types.length !== value.length) out.nullable = true;
    } else if (key === 'const') out.enum = [value];
    else if (key === 'examples' && Array.isArray(value)) out.example = value[0] ?? null;
    else if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'number') {
      out[key === 'exclusiveMinimum' ? 'minimum' : 'maximum'] = value;
      out[key] = true;
    } else out[key] = value;
  }
  // 3.0 ignores everything beside a $ref: keep the siblings by moving the $ref into an allOf.
  if (
    typeof out.$ref === 'string' &&
    Object.keys(out).some((key) => key !== '$ref' && !key.startsWith('x-') && key !== 'description')
  ) {
    const { $ref, ...siblings } = out;
    return { ...siblings, allOf: [{ $ref }] };
  }
  if (typeof out.$ref === 'string') return { $ref: out.$ref };
  return out;
}

/** The 3.0 copy as the generate script writes it: a do-not-edit header, then YAML. */
export function renderOpenApi30(document: Record<string, unknown>): string {
  return (
    '# An OpenAPI 3.0.3 copy of openapi/session-management.yaml, for tools that need 3.0.\n' +
    '# GENERATED FILE. DO NOT EDIT. Source: openapi/session-management.yaml; regenerate with `npm run generate`.\n' +
    stringify(convertToOpenApi30(document), { lineWidth: 0 })
  );
}
