import { spec } from '../../generated/spec.js';

const { schemas, examples } = spec.components;

/**
 * Ingo's envelope `status` codes the client acts on, read from the spec (the success enum, the
 * error envelope's excluded range, and the decision table's examples) so that the client, the mock
 * and the spec cannot disagree.
 */
export const envelopeCodes = {
  /** 100 (new session) and 101 (idempotent replay). */
  success: [examples.Created.value.status, examples.Replayed.value.status] as readonly number[],
  /** The range Ingo reserves for success and replays (100–110); never an error status. */
  successRange: {
    minimum: schemas.SessionCreated.properties.status.minimum,
    maximum: schemas.SessionCreated.properties.status.maximum,
  },
  /** Bad or missing signature. */
  badSignature: examples.BadSignature.value.status,
  /** X-Date outside the clock-skew window: the client corrects its clock and retries once. */
  staleDate: examples.StaleDate.value.status,
  /** Idempotency-Key reused with a different body. */
  idempotencyConflict: examples.KeyReused.value.status,
  /** Rate limited. */
  rateLimited: examples.RateLimited.value.status,
} as const;

/** Whether an envelope status means success: Ingo's success family 100–110 (a new session, a replay, …). */
export function isSuccessStatus(status: unknown): boolean {
  return (
    typeof status === 'number' &&
    status >= envelopeCodes.successRange.minimum &&
    status <= envelopeCodes.successRange.maximum
  );
}
