import type { components } from '../../generated/session-management.js';
import { spec } from '../../generated/spec.js';
import type { MockConnectionDrop } from './mock-connection-drop.js';

type SessionCreated = components['schemas']['SessionCreated'];
type ErrorEnvelope = components['schemas']['ErrorEnvelope'];

/** A response envelope; `time` is stamped on it just before it is serialised. */
export type Envelope = SessionCreated | ErrorEnvelope;

/**
 * What the mock decided to answer, independent of HTTP plumbing: the fetch handler turns it into a
 * Response, the node:http adapter writes it straight to the socket (skipping Request/Response
 * objects, which cost more than the whole request path).
 */
export interface MockReply {
  status: number;
  /** Created with `time: 0` last, so that stamping it keeps the object's shape (and JSON.stringify fast). */
  envelope: Envelope;
  /** Extra response headers (`Allow`, `Retry-After`, `Date`…). */
  headers?: Record<string, string>;
  /** Set by the `dropAfterCommitRate` fault: answer nothing and cut the connection. */
  drop?: MockConnectionDrop;
}

const examples = spec.components.examples;

/** Envelope codes and texts the spec's examples fix, so that they are written once. */
export const envelopeCodes = {
  created: examples.Created.value,
  replayed: examples.Replayed.value,
  badSignature: examples.BadSignature.value,
  staleDate: examples.StaleDate.value,
  idempotencyConflict: examples.KeyReused.value,
  unavailable: examples.Unavailable.value,
  wrongContentType: examples.WrongContentType.value,
} as const;

/** An error reply; the envelope status is the HTTP status unless the decision table says otherwise. */
export function rejectWith(
  status: number,
  message: string,
  { envelopeStatus = status, headers }: { envelopeStatus?: number; headers?: Record<string, string> } = {},
): MockReply {
  const envelope = { status: envelopeStatus, client_message: message, time: 0 };
  return headers === undefined ? { status, envelope } : { status, envelope, headers };
}

/** The JSON body of a reply, with `time` (seconds, microsecond precision) stamped on. */
export function serializeReply(reply: MockReply, elapsedMs: number): string {
  reply.envelope.time = Math.max(0, Math.round(elapsedMs * 1000)) / 1e6;
  return JSON.stringify(reply.envelope);
}

/** Cuts client-influenced text (property names, parser messages) so that an answer stays short. */
export function truncateText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
