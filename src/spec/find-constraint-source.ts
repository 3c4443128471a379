import { spec } from '../../generated/spec.js';

/** Where a constraint of the spec comes from (see "Sources and severities" in the spec's info). */
export type SourceKind = 'documented' | 'example' | 'assumption';

/** The source of one constraint, with the spec row it is written in. */
export interface ConstraintSource {
  kind: SourceKind;
  /** JSON pointer of the object that states the constraint, `$ref`s resolved (`#/components/schemas/SessionData`). */
  pointer: string;
  /** The constraint's name: a schema keyword, `httpStatus`, `status`, an `x-ingo-limits` entry, … */
  keyword: string;
  /** For a `required` entry: the property. */
  entry?: string;
  /** The spec's `x-ingo-note` beside the mark, when there is one. */
  note?: string;
}

/** The spelling of a constraint in reports: `#/components/schemas/SessionData required/participant_unique_id1`. */
export function describeSourceRow({
  pointer,
  keyword,
  entry,
}: Pick<ConstraintSource, 'pointer' | 'keyword' | 'entry'>): string {
  return `${pointer} ${entry === undefined ? keyword : `${keyword}/${entry}`}`;
}

/**
 * Finds the source of one constraint from the spec's `x-ingo-source` marks: the constraint
 * `keyword` (with `entry` for a `required` property) stated in the object at `pointer`. The pointer
 * may pass through `$ref`s (`…/CreateSessionRequest/properties/recipient_information/properties/city`);
 * an object without a mark for the constraint makes it documented. Throws for a pointer that
 * leads nowhere, so that a renamed schema fails loudly.
 */
export function findConstraintSource(pointer: string, keyword: string, entry?: string): ConstraintSource {
  const { value, resolved } = resolveSpecPointer(pointer);
  if (typeof value !== 'object' || value === null) throw new Error(`the spec has no object at ${pointer}`);
  const holder = value as { 'x-ingo-source'?: unknown; 'x-ingo-note'?: unknown };
  const mark = holder['x-ingo-source'];
  const named = entry === undefined ? keyword : `${keyword}/${entry}`;
  const kind =
    typeof mark === 'string'
      ? mark
      : typeof mark === 'object' && mark !== null
        ? (mark as Record<string, unknown>)[named]
        : undefined;
  const source: ConstraintSource = {
    kind: kind === 'example' || kind === 'assumption' ? kind : 'documented',
    pointer: resolved,
    keyword,
  };
  if (entry !== undefined) source.entry = entry;
  if (source.kind !== 'documented' && typeof holder['x-ingo-note'] === 'string') source.note = holder['x-ingo-note'];
  return source;
}

/** The part of an ajv error that locates the constraint it broke. */
export interface SchemaErrorLocation {
  /** ajv's `instancePath`: where in the validated value (`/data/session_identifier`). */
  instancePath: string;
  keyword: string;
  params?: unknown;
}

/**
 * The source of the constraint an ajv error reports as broken, for a value validated against the
 * schema at `schemaPointer`. The constraint is found by walking the spec's schema along the error's
 * `instancePath` (through `properties`, `items` and `$ref`s), since ajv's `schemaPath` is relative
 * to whichever schema resource it compiled. A location the walk cannot follow counts as documented.
 */
export function sourceOfSchemaError(
  { instancePath, keyword, params }: SchemaErrorLocation,
  schemaPointer: string,
): ConstraintSource {
  let pointer = resolveSpecPointer(schemaPointer).resolved;
  for (const raw of instancePath.split('/').slice(1)) {
    const schema = resolveSpecPointer(pointer).value as
      { properties?: Record<string, unknown>; items?: unknown } | undefined;
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (schema?.properties && Object.hasOwn(schema.properties, key))
      pointer = resolveSpecPointer(`${pointer}/properties/${raw}`).resolved;
    else if (schema?.items !== undefined && /^\d+$/.test(key))
      pointer = resolveSpecPointer(`${pointer}/items`).resolved;
    else return { kind: 'documented', pointer, keyword };
  }
  const missing = (params as { missingProperty?: unknown } | undefined)?.missingProperty;
  return findConstraintSource(
    pointer,
    keyword,
    keyword === 'required' && typeof missing === 'string' ? missing : undefined,
  );
}

/** Whether a source is documented (a failure) rather than derived from an example or an assumption (a warning). */
export function isDocumented(source: Pick<ConstraintSource, 'kind'>): boolean {
  return source.kind === 'documented';
}

/** Reads a JSON pointer into the spec, following `$ref`s met on the way; returns the resolved pointer too. */
function resolveSpecPointer(pointer: string): { value: unknown; resolved: string } {
  let current: unknown = spec;
  let resolved = '#';
  const segments = pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment, index, all) => segment !== '' || all.length > 1);
  for (const raw of segments) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const ref = (current as { $ref?: unknown } | null)?.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/') && !Object.hasOwn(current as object, key)) {
      ({ value: current, resolved } = resolveSpecPointer(ref));
    }
    current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
    resolved = `${resolved}/${raw}`;
  }
  const ref = (current as { $ref?: unknown } | null)?.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) return resolveSpecPointer(ref);
  return { value: current, resolved };
}
