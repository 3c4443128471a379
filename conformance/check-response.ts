import { breaksOnlyUndocumented, explainSchemaMismatch } from '../src/spec/explain-schema-mismatch.js';
import {
  describeSourceRow,
  findConstraintSource,
  isDocumented,
  type ConstraintSource,
} from '../src/spec/find-constraint-source.js';
import { readSpecPointer } from '../src/spec/read-spec-pointer.js';
import type { ValidationIssue } from '../src/spec/to-validation-issues.js';
import {
  findResponseMediaType,
  findResponsePointer,
  findResponseSchemaPointer,
} from '../src/spec/find-response-schema.js';
import type { CheckFailure } from './check-failure.js';
import { describeIssue } from './describe-issue.js';
import { printable } from './printable.js';
import type { SchemaCache } from '../src/spec/create-schema-cache.js';
import { isSuccessStatus, successStatuses } from './spec-facts.js';

/** A response as the checks see it: from fetch (`text`) or already parsed (openapi-fetch's `data`/`error`). */
export interface ObservedResponse {
  status: number;
  contentType: string | null;
  /** The body text, when available. */
  text?: string;
  /** The already parsed body, used when `text` is absent. */
  parsed?: unknown;
  /** The response headers, when available: the headers the spec requires are then checked. */
  headers?: { get(name: string): string | null };
}

/** The checks' verdict and the parsed body (undefined when the body is not JSON). */
export interface ResponseCheck {
  failures: CheckFailure[];
  /** What differs only from example-derived or assumed constraints, each with its spec rows. */
  warnings: CheckFailure[];
  body: unknown;
}

/**
 * Checks one response against the spec, whatever the case expected: no 5xx, a documented status,
 * the documented media type, the headers the spec requires for that status, a body valid against
 * the schema for that status (errors as JSON pointers), and an envelope `status` consistent with
 * the HTTP status. A header or body that breaks only constraints the spec marks as derived from an
 * example or an assumption (`x-ingo-source`) is a warning naming those rows, not a failure.
 */
export function checkResponse(response: ObservedResponse, validators: SchemaCache): ResponseCheck {
  const failures: CheckFailure[] = [];
  const warnings: CheckFailure[] = [];
  if (response.status >= 500)
    failures.push({ check: 'no-5xx', message: `HTTP ${response.status}: the server failed instead of answering` });
  const status = judgedStatus(response.status, warnings);
  const pointer = findResponseSchemaPointer(status);
  if (!pointer)
    failures.push({ check: 'status-documented', message: `HTTP ${status} is not a status the spec documents` });

  const mediaType = response.contentType?.split(';')[0]!.trim().toLowerCase() ?? '';
  const expectedMediaType = findResponseMediaType(pointer ? status : 200)!;
  if (mediaType !== expectedMediaType) {
    failures.push({
      check: 'content-type',
      message: `Content-Type is ${response.contentType === null ? 'missing' : `"${preview(response.contentType)}"`}, expected ${expectedMediaType}`,
    });
  }

  if (pointer && response.headers) {
    for (const found of checkRequiredHeaders(findResponsePointer(status)!, status, response.headers))
      (isDocumented(found.source) ? failures : warnings).push(found.failure);
  }

  const body = parseBody(response);
  if (body === NOT_JSON) {
    failures.push({ check: 'body-schema', message: `the body is not JSON: ${preview(response.text ?? '')}` });
    return { failures, warnings, body: undefined };
  }
  if (pointer && !validators(pointer)(body)) {
    const { issues, schemaName, sources } = explainSchemaMismatch(pointer, body, validators);
    const message = `the body does not match ${schemaName} (HTTP ${status}): ${describeIssues(issues)}`;
    if (!breaksOnlyUndocumented({ sources })) failures.push({ check: 'body-schema', message, issues });
    else
      warnings.push({
        check: 'body-schema',
        message: `${message} [spec: ${describeRows(sources)}]`,
        issues,
        sources: uniqueRows(sources),
      });
  }
  const envelope = checkEnvelope(status, body);
  if (envelope) failures.push({ check: 'envelope-consistent', message: envelope });
  return { failures, warnings, body };
}

/**
 * The status a response is judged as. HTTP 200 for a success is an assumption (Ingo's other pages;
 * this endpoint's page does not say), so another 2xx the spec does not list (201) is judged as 200,
 * with a warning naming that row.
 */
function judgedStatus(status: number, warnings: CheckFailure[]): number {
  if (status < 200 || status >= 300 || status === 200 || findResponseSchemaPointer(status)) return status;
  const source = findConstraintSource(findResponsePointer(200)!, 'httpStatus');
  if (isDocumented(source)) return status;
  warnings.push({
    check: 'status-documented',
    message: `HTTP ${status} instead of 200 [spec: ${describeSourceRow(source)} (${source.kind})]`,
    sources: [source],
  });
  return 200;
}

/** The headers the response at `responsePointer` requires that the answer lacks, with each one's source. */
function checkRequiredHeaders(responsePointer: string, status: number, headers: { get(name: string): string | null }) {
  const declared =
    (readSpecPointer(responsePointer) as { headers?: Record<string, unknown> } | undefined)?.headers ?? {};
  return Object.keys(declared).flatMap((name) => {
    const headerPointer = `${responsePointer}/headers/${name}`;
    const source = findConstraintSource(headerPointer, 'required');
    const required =
      (readSpecPointer(resolveRef(headerPointer)) as { required?: unknown } | undefined)?.required === true;
    if (!required || headers.get(name) !== null) return [];
    const failure: CheckFailure = {
      check: 'headers',
      message: `HTTP ${status} without the ${name} header the spec requires`,
    };
    if (!isDocumented(source))
      Object.assign(failure, { message: `${failure.message} [spec: ${describeSourceRow(source)}]`, sources: [source] });
    return [{ source, failure }];
  });
}

function resolveRef(pointer: string): string {
  const ref = (readSpecPointer(pointer) as { $ref?: unknown } | undefined)?.$ref;
  return typeof ref === 'string' ? ref : pointer;
}

function describeRows(sources: readonly ConstraintSource[]): string {
  return uniqueRows(sources)
    .map((source) => `${describeSourceRow(source)} (${source.kind})`)
    .join(', ');
}

function uniqueRows(sources: readonly ConstraintSource[]): ConstraintSource[] {
  return [...new Map(sources.map((source) => [describeSourceRow(source), source])).values()];
}

const NOT_JSON = Symbol('not JSON');

function parseBody(response: ObservedResponse): unknown {
  if (response.text === undefined) return response.parsed;
  try {
    return JSON.parse(response.text);
  } catch {
    return NOT_JSON;
  }
}

/** Why the envelope status does not fit the HTTP status, or undefined when it does. */
function checkEnvelope(status: number, body: unknown): string | undefined {
  const envelopeStatus = (body as { status?: unknown } | null)?.status;
  if (typeof body !== 'object' || body === null || typeof envelopeStatus !== 'number') {
    return `HTTP ${status} without an envelope: the body has no numeric "status"`;
  }
  if (status === 200 && isSuccessStatus(envelopeStatus)) {
    if (envelopeStatus !== successStatuses.created && envelopeStatus !== successStatuses.replayed) {
      return `HTTP 200 with status ${envelopeStatus}: a success must be ${successStatuses.created} or ${successStatuses.replayed}`;
    }
    const data = (body as { data?: unknown }).data;
    if (typeof data !== 'object' || data === null) return `HTTP 200 with status ${envelopeStatus} but no "data" object`;
    return undefined;
  }
  if (status !== 200 && isSuccessStatus(envelopeStatus)) {
    return `HTTP ${status} with the success status ${envelopeStatus}: an error response must carry an error status`;
  }
  return undefined;
}

function describeIssues(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, 5).map(describeIssue).join('; ');
  return issues.length > 5 ? `${shown}; and ${issues.length - 5} more` : shown;
}

/** The first 120 characters of a text, on one line. */
export function preview(text: string): string {
  const flat = printable(text.replace(/\s+/g, ' '));
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat || '(empty)';
}
