/**
 * When to retry, and how long to wait: pure functions of the outcome of an attempt, the number of
 * retries already made and the policy, so that every rule can be tested without a network.
 */

/** How retries are paced. */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 turns retrying off. */
  retries: number;
  /** The backoff ceiling of the first retry, in ms; doubles for each later one. */
  baseDelayMs: number;
  /** The largest backoff, in ms. */
  maxDelayMs: number;
  /**
   * `full`: a uniform wait in [0, ceiling) (spreads clients best); `equal`: half the ceiling plus a
   * uniform half (never retries at once); `none`: the ceiling itself (for tests and debugging).
   */
  jitter: 'full' | 'equal' | 'none';
  /** The longest Retry-After the client honours, in ms; longer requests are shortened to it. */
  maxRetryAfterMs: number;
}

/** The default policy: 2 retries, 200 ms doubling up to 5 s, full jitter, Retry-After up to 10 s. */
export const defaultRetryPolicy: RetryPolicy = {
  retries: 2,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  jitter: 'full',
  maxRetryAfterMs: 10_000,
};

/** What happened on one attempt, as far as retrying is concerned. */
export type AttemptOutcome = {
  /** The request's HTTP method. */
  method: string;
  /** Whether the request carries an Idempotency-Key. */
  hasIdempotencyKey: boolean;
} & (
  | { kind: 'network' }
  | { kind: 'timeout' }
  | {
      kind: 'answer';
      httpStatus: number;
      /** Ingo's envelope status, when the body is an envelope. */
      envelopeStatus?: number | undefined;
      /** The wait asked for by Retry-After, in ms, when the answer carries one. */
      retryAfterMs?: number | undefined;
    }
);

// Methods that the HTTP spec makes safe to repeat. POST and PATCH are not: repeating one may act twice.
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/**
 * Whether to retry after `outcome`, given `retriesMade` retries so far. Retried: network errors,
 * timeouts, 408 (request timeout), 409 (a duplicate of a request still in flight, which the same
 * Idempotency-Key turns into a replay), 429 and every 5xx, and HTTP 200 with an envelope status of
 * Ingo's 5xx family ("system and communication failures: retry with backoff"). Never any other 4xx:
 * the same request would fail the same way. A POST is retried only with an Idempotency-Key, since
 * without one a retry of a request the server did process creates a second session.
 */
export function shouldRetry(outcome: AttemptOutcome, retriesMade: number, policy: RetryPolicy): boolean {
  if (retriesMade >= policy.retries) return false;
  if (!outcome.hasIdempotencyKey && !IDEMPOTENT_METHODS.has(outcome.method.toUpperCase())) return false;
  if (outcome.kind !== 'answer') return true;
  const { httpStatus, envelopeStatus } = outcome;
  if (httpStatus === 408 || httpStatus === 409 || httpStatus === 429 || (httpStatus >= 500 && httpStatus <= 599))
    return true;
  return httpStatus === 200 && envelopeStatus !== undefined && envelopeStatus >= 500 && envelopeStatus <= 599;
}

/**
 * Exponential backoff before retry number `retriesMade + 1`: the ceiling is
 * `baseDelayMs * 2^retriesMade`, capped at `maxDelayMs`; `random()` in [0, 1) spreads the wait
 * under it according to `policy.jitter`.
 */
export function backoffDelay(retriesMade: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retriesMade);
  if (policy.jitter === 'none') return ceiling;
  if (policy.jitter === 'equal') return ceiling / 2 + random() * (ceiling / 2);
  return random() * ceiling;
}

/**
 * The wait before the next retry: the server's Retry-After when the answer carries one (capped at
 * `maxRetryAfterMs`, so a server cannot park the caller for hours), the backoff otherwise.
 */
export function retryDelay(
  outcome: AttemptOutcome,
  retriesMade: number,
  policy: RetryPolicy,
  random: () => number,
): number {
  if (outcome.kind === 'answer' && outcome.retryAfterMs !== undefined)
    return Math.min(outcome.retryAfterMs, policy.maxRetryAfterMs);
  return backoffDelay(retriesMade, policy, random);
}
