import { spec } from '../generated/spec.js';

/** The path of Create Session, read from the spec (its only path). */
export const createSessionPath = Object.keys(spec.paths)[0] as keyof typeof spec.paths;

/** The HTTP method of Create Session, upper-case, read from the spec. */
export const createSessionMethod = Object.keys(spec.paths[createSessionPath])[0]!.toUpperCase();

/** A JSON object that the catalog may freely modify: a deep, mutable copy of a spec example. */
export type JsonObject = Record<string, unknown>;

/** The spec's minimal request body (Ingo's quick start), as a fresh mutable copy. */
export function minimalRequestBody(): JsonObject {
  return copyJson(spec.components.examples.MinimalRequest.value);
}

/** The spec's full request body (every documented field), as a fresh mutable copy. */
export function fullRequestBody(): JsonObject {
  return copyJson(spec.components.examples.FullRequest.value);
}

// A JSON round trip rather than structuredClone: the examples are JSON, and Node 20's first
// structuredClone call costs about 10 ms (it sets up a message channel), paid by every CLI run.
function copyJson(value: unknown): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}

/** Every `language_locale_code` the spec's enum allows, in the spec's order. */
export const localeCodes: readonly string[] = spec.components.schemas.LocaleCode.enum;

/** The string-length limits of one top-level request field, as the spec states them. */
export interface FieldLengthLimit {
  field: string;
  minLength?: number;
  maxLength?: number;
  /** Whether the spec's schema requires the field. */
  required: boolean;
  /** The schema's `format`, when it has one (a `uri` needs a valid URI of the right length). */
  format?: string;
}

const requestSchema = spec.components.schemas.CreateSessionRequest;

/** The required top-level request fields, as the spec lists them. */
export const requiredRequestFields: readonly string[] = requestSchema.required;

/** Every top-level request field with a length limit, read from the spec's `minLength`/`maxLength`. */
export const requestFieldLimits: readonly FieldLengthLimit[] = Object.entries(requestSchema.properties).flatMap(
  ([field, schema]) => {
    const s = schema as { minLength?: number; maxLength?: number; format?: string };
    if (s.minLength === undefined && s.maxLength === undefined) return [];
    const limit: FieldLengthLimit = { field, required: requiredRequestFields.includes(field) };
    if (s.minLength !== undefined) limit.minLength = s.minLength;
    if (s.maxLength !== undefined) limit.maxLength = s.maxLength;
    if (s.format !== undefined) limit.format = s.format;
    return [limit];
  },
);

/** Envelope `status` of a new session (100) and of an idempotent replay (101), from the spec's examples. */
export const successStatuses = {
  created: spec.components.examples.Created.value.status,
  replayed: spec.components.examples.Replayed.value.status,
} as const;

/** The envelope statuses reserved for success (100–110): an error envelope never carries one. */
export const successStatusRange = {
  minimum: spec.components.schemas.SessionCreated.properties.status.minimum,
  maximum: spec.components.schemas.SessionCreated.properties.status.maximum,
} as const;

/** Whether an envelope `status` lies in the success range 100–110. */
export function isSuccessStatus(status: number): boolean {
  return status >= successStatusRange.minimum && status <= successStatusRange.maximum;
}

/** Fields a success echoes from the request: those of the response's `data` that the request also has. */
export const echoedFields: readonly string[] = Object.keys(spec.components.schemas.SessionData.properties).filter(
  (field) => Object.hasOwn(requestSchema.properties, field),
);
