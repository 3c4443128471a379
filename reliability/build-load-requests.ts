import { createSessionPath } from '../src/spec/create-session-operation.js';
import type { MockCredentials } from '../src/mock/mock-options.js';
import { signRequest } from '../src/signing/sign-request.js';
import { headerSpelling, signingConfig } from '../src/spec/signing-config.js';

const idempotencyHeader = headerSpelling[signingConfig.idempotency.header] ?? signingConfig.idempotency.header;

/** The kinds of request in the load mix, each with the one status the mock must answer it with. */
export const loadRequestKinds = {
  valid: 200,
  schemaInvalid: 400,
  badSignature: 401,
  malformedJson: 400,
} as const;

/** A kind of request in the load mix. */
export type LoadRequestKind = keyof typeof loadRequestKinds;

/** One entry of autocannon's `requests` option (the parts used here). */
export interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
  onResponse?: (status: number) => void;
}

/** The load mix and what came back, per kind. */
export interface LoadRequests {
  requests: AutocannonRequest[];
  /** Statuses received, per kind. */
  statuses: Record<LoadRequestKind, Record<string, number>>;
  /** How many distinct Idempotency-Keys the valid requests carried. */
  keysSent(): number;
}

/**
 * Builds autocannon's request cycle: a valid request (each with a fresh Idempotency-Key, so that
 * the mock's idempotency store fills up), a schema-invalid body, a bad signature and malformed
 * JSON, all signed once at `nowMs` (the mock runs on that fixed clock). Content-Length is left to
 * autocannon: passing it too would send two. Every answer is counted under its kind.
 */
export async function buildLoadRequests({
  credentials,
  nowMs,
  validBody,
}: {
  credentials: MockCredentials;
  nowMs: number;
  validBody: string;
}): Promise<LoadRequests> {
  const sign = async (body: string, secret = credentials.secret) => {
    const headers = await signRequest(
      { method: 'POST', path: createSessionPath, body },
      { username: credentials.username, secret },
      { now: new Date(nowMs) },
    );
    return Object.fromEntries(
      Object.entries(headers).filter(([name]) => name.toLowerCase() !== signingConfig.contentLengthHeader),
    );
  };
  const bodies: Record<LoadRequestKind, { body: string; headers: Record<string, string> }> = {
    valid: { body: validBody, headers: await sign(validBody) },
    schemaInvalid: { body: '{"participant_unique_id1":""}', headers: await sign('{"participant_unique_id1":""}') },
    // Signed with another secret: right form, wrong signature.
    badSignature: { body: validBody, headers: await sign(validBody, `${credentials.secret}-not`) },
    malformedJson: { body: '{"participant_unique_id1":"x",', headers: await sign('{"participant_unique_id1":"x",') },
  };
  const statuses = { valid: {}, schemaInvalid: {}, badSignature: {}, malformedJson: {} } as LoadRequests['statuses'];
  let keys = 0;
  const requests = (Object.keys(bodies) as LoadRequestKind[]).map((kind): AutocannonRequest => ({
    method: 'POST',
    path: createSessionPath,
    ...bodies[kind],
    onResponse: (status) => void (statuses[kind][status] = (statuses[kind][status] ?? 0) + 1),
    ...(kind === 'valid' && {
      setupRequest: (request) => ({
        ...request,
        headers: { ...request.headers, [idempotencyHeader]: `load-${keys++}` },
      }),
    }),
  }));
  return { requests, statuses, keysSent: () => keys };
}
