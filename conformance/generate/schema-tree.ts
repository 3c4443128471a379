import { readSpecPointer } from '../../src/spec/read-spec-pointer.js';

/** One schema of the request body, `$ref`s resolved, with where it sits in the spec and in the body. */
export interface SchemaNode {
  /** JSON pointer of the schema in the spec (after `$ref` resolution), for ajv and reports. */
  pointer: string;
  /** Where its value sits in the request body, as property names from the root. */
  path: readonly string[];
  type?: string;
  /** Object members by name, in the spec's order. */
  properties: Readonly<Record<string, SchemaNode>>;
  required: readonly string[];
  /** `false` when members beyond `properties` are refused; open otherwise. */
  additionalProperties: boolean;
  enum?: readonly unknown[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
}

interface RawSchema {
  $ref?: string;
  type?: string;
  properties?: Record<string, RawSchema>;
  required?: string[];
  additionalProperties?: boolean;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
}

/** The pointer of Create Session's request body schema. */
export const requestSchemaPointer = '#/components/schemas/CreateSessionRequest';

/**
 * Reads a schema of the spec into a tree the generators walk: the request body by default.
 * Only the keywords the spec's request schemas use are read; an unknown keyword there would go
 * unnoticed by generation, so `schema-tree.test.ts` checks the list against the spec.
 */
export function readSchemaTree(pointer: string = requestSchemaPointer, path: readonly string[] = []): SchemaNode {
  const raw = readPointer(pointer);
  if (raw.$ref !== undefined) return readSchemaTree(raw.$ref, path);
  const properties: Record<string, SchemaNode> = {};
  for (const name of Object.keys(raw.properties ?? {}))
    properties[name] = readSchemaTree(`${pointer}/properties/${name}`, [...path, name]);
  const node: SchemaNode = {
    pointer,
    path,
    properties,
    required: raw.required ?? [],
    additionalProperties: raw.additionalProperties !== false,
  };
  for (const key of ['type', 'enum', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum'] as const) {
    if (raw[key] !== undefined) (node as unknown as Record<string, unknown>)[key] = raw[key];
  }
  return node;
}

/** Every node of a tree, root first, depth first in the spec's order. */
export function listNodes(root: SchemaNode): SchemaNode[] {
  return [root, ...Object.values(root.properties).flatMap(listNodes)];
}

/** The instance path of a node as ajv writes it (`/recipient_information/city`, `` for the root). */
export function instancePath(path: readonly string[]): string {
  return path.map((segment) => `/${segment.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

function readPointer(pointer: string): RawSchema {
  const found = readSpecPointer(pointer);
  if (typeof found !== 'object' || found === null) throw new Error(`the spec has no schema at ${pointer}`);
  return found as RawSchema;
}
