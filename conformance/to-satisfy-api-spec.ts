import type { CheckFailure } from './check-failure.js';
import { checkResponse, type ObservedResponse } from './check-response.js';
import { describeIssue } from './describe-issue.js';
import { readAnswer } from './read-answer.js';
import { createSchemaCache, type SchemaCache } from '../src/spec/create-schema-cache.js';

/** What a vitest matcher returns. */
export interface SpecMatcherResult {
  pass: boolean;
  message: () => string;
  actual?: unknown;
}

/** A matcher that checks a response against the spec; async, since a fetch body must be read. */
export type SpecMatcher = (this: unknown, received: unknown) => Promise<SpecMatcherResult>;

/**
 * Creates `toSatisfyApiSpec`: the received value must be a fetch Response (its body is read from a
 * clone, so the caller's stays unread) or an openapi-fetch result `{ data, error, response }`. It
 * satisfies the spec when its status is documented, its Content-Type is the documented one, its
 * body is valid against that status's schema (OpenAPI 3.1 / JSON Schema 2020-12), and its envelope
 * status fits the HTTP status. The schemas are compiled on first use.
 */
export function createSpecMatcher(createValidators: () => SchemaCache = createSchemaCache): SpecMatcher {
  let validators: SchemaCache | undefined;
  return async function toSatisfyApiSpec(received) {
    const observed = await observe(received);
    if (typeof observed === 'string') return { pass: false, message: () => observed };
    validators ??= createValidators();
    // A documented 5xx satisfies the spec; "no 5xx" is a rule of the conformance cases, not of the spec.
    // A matcher is a yes/no assertion, so example-derived and assumed constraints count here too.
    const checked = checkResponse(observed, validators);
    const failures = [...checked.failures, ...checked.warnings].filter((failure) => failure.check !== 'no-5xx');
    const what = `HTTP ${observed.status} response`;
    return failures.length === 0
      ? { pass: true, message: () => `expected the ${what} not to satisfy the API spec, but it does` }
      : {
          pass: false,
          message: () => `expected the ${what} to satisfy the API spec:\n${formatFailures(failures)}`,
          actual: observed.text ?? observed.parsed,
        };
  };
}

/** `expect(response).toSatisfyApiSpec()`; await it. */
export const toSatisfyApiSpec: SpecMatcher = createSpecMatcher();

async function observe(received: unknown): Promise<ObservedResponse | string> {
  if (isResponse(received)) {
    let text: string;
    try {
      // Through the suite's capped reader: an endless or huge body fails the assertion, never the test process.
      text = await readAnswer(unteedClone(received), { method: 'POST', url: received.url ?? '' });
    } catch (error) {
      return `expected the HTTP ${received.status} response to satisfy the API spec, but its body could not be read: ${(error as Error).message}`;
    }
    return { status: received.status, contentType: received.headers.get('content-type'), text };
  }
  if (typeof received === 'object' && received !== null && isResponse((received as { response?: unknown }).response)) {
    const result = received as { data?: unknown; error?: unknown; response: Response };
    const parsed = result.data !== undefined ? result.data : result.error;
    return { status: result.response.status, contentType: result.response.headers.get('content-type'), parsed };
  }
  const kind =
    received === null
      ? 'null'
      : typeof received === 'object'
        ? (received.constructor?.name ?? 'object')
        : typeof received;
  return `toSatisfyApiSpec expects a fetch Response or an openapi-fetch result { data, error, response }, not ${kind}`;
}

/**
 * A clone of the response whose cancel returns at once. A clone is one branch of a tee, and
 * cancelling one branch settles only once the other is cancelled too: the caller's, which they
 * may never read. The reader awaits its cancel, so it would wait forever on an oversized body.
 */
function unteedClone(response: Response): Response {
  const clone = response.clone();
  if (clone.body === null) return clone;
  const branch = clone.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await branch.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      void branch.cancel(reason).catch(() => undefined);
    },
  });
  return new Response(body, { status: clone.status, statusText: clone.statusText, headers: clone.headers });
}

function isResponse(value: unknown): value is Response {
  if (value instanceof Response) return true;
  const candidate = value as Partial<Response> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.status === 'number' &&
    typeof candidate.clone === 'function' &&
    typeof candidate.headers?.get === 'function'
  );
}

function formatFailures(failures: readonly CheckFailure[]): string {
  return failures
    .flatMap((failure) => {
      if (!failure.issues?.length) return [`  - [${failure.check}] ${failure.message}`];
      return [
        `  - [${failure.check}] the body does not match the schema:`,
        ...failure.issues.map((issue) => `      ${describeIssue(issue)}`),
      ];
    })
    .join('\n');
}
