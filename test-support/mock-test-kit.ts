import { expect } from 'vitest';
import { spec } from '../generated/spec.js';
import { compileSpecSchema, createSpecAjv } from '../src/spec/create-spec-ajv.js';
import { findResponseSchemaPointer } from '../src/spec/find-response-schema.js';
import type { SigningAlgorithm } from '../src/spec/signing-config.js';
import { signRequest, type Credentials } from '../src/signing/sign-request.js';
import { mockRoute } from '../src/mock/check-request-head.js';
import { defaultMockCredentials } from '../src/mock/mock-options.js';

/** A fixed instant for the mock's clock and the signer's: Tue, 01 Apr 2026 20:18:47 GMT. */
export const FIXED_NOW = Date.UTC(2026, 3, 1, 20, 18, 47);

/** The spec's minimal request body, as sent. */
export const minimalBody = JSON.stringify(spec.components.examples.MinimalRequest.value);

/** The spec's full request body, as sent. */
export const fullBody = JSON.stringify(spec.components.examples.FullRequest.value);

/** Full URL of the endpoint under a base such as `http://127.0.0.1:4010`. */
export const endpointUrl = (base = 'http://mock.test') => `${base}${mockRoute.path}`;

/** How a test request is signed. */
export interface SignedInitOptions {
  now?: number;
  credentials?: Credentials;
  algorithm?: SigningAlgorithm;
  headerOrder?: readonly string[];
  path?: string;
  /** Extra headers (Idempotency-Key…), sent unsigned. */
  headers?: Record<string, string>;
}

/** A RequestInit for a signed POST of `body` at a fixed clock (FIXED_NOW by default). */
export async function signedInit(
  body: string | Uint8Array,
  {
    now = FIXED_NOW,
    credentials = defaultMockCredentials,
    algorithm,
    headerOrder,
    path = mockRoute.path,
    headers = {},
  }: SignedInitOptions = {},
): Promise<RequestInit> {
  const signed = await signRequest({ method: 'POST', path, body }, credentials, {
    now: new Date(now),
    ...(algorithm ? { algorithm } : {}),
    ...(headerOrder ? { headerOrder } : {}),
  });
  return { method: 'POST', headers: { ...signed, ...headers }, body: body as BodyInit };
}

/** A signed Request to the endpoint (for the in-process fetch handler). */
export async function signedRequest(
  body: string | Uint8Array,
  options: SignedInitOptions & { base?: string } = {},
): Promise<Request> {
  return new Request(
    `${options.base ?? 'http://mock.test'}${options.path ?? mockRoute.path}`,
    await signedInit(body, options),
  );
}

/**
 * Checks a response body against the spec: the schema of the documented response for its status,
 * or the ErrorEnvelope schema for a status the spec does not document (404, 405, 408, 431).
 * Returns the parsed envelope.
 */
export function createEnvelopeChecker(): (status: number, text: string) => Record<string, unknown> {
  const ajv = createSpecAjv();
  const validators = new Map<string, ReturnType<typeof compileSpecSchema>>();
  return (status, text) => {
    const pointer = findResponseSchemaPointer(status) ?? '#/components/schemas/ErrorEnvelope';
    let validate = validators.get(pointer);
    if (!validate) validators.set(pointer, (validate = compileSpecSchema(ajv, pointer)));
    const envelope = JSON.parse(text) as Record<string, unknown>;
    expect(validate(envelope), `${status} ${text}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(typeof envelope.time, 'time is measured').toBe('number');
    return envelope;
  };
}
