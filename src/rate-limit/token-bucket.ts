/** A token bucket's state, kept as the time the next token is free (GCRA's "theoretical arrival time"). */
export interface TokenBucketState {
  /** Epoch ms at which the bucket will have one token again after every reservation so far. */
  readonly nextFreeAtMs: number;
}

/** The bucket's shape. */
export interface TokenBucketPolicy {
  /** Sustained rate. */
  requestsPerSecond: number;
  /** Tokens the bucket holds when full: how many requests may start at once after a quiet spell. */
  burst: number;
}

/** An empty history: the bucket is full. */
export const fullBucket: TokenBucketState = { nextFreeAtMs: Number.NEGATIVE_INFINITY };

/**
 * Reserves one token at `nowMs` and says how long to wait before using it. Written as the
 * equivalent "generic cell rate algorithm": one number of state, and reservations queue in call
 * order without any loop, so concurrent callers are served fairly and never exceed the rate.
 * `nowMs` should come from a monotonic clock: a wall clock stepped backwards would make callers
 * wait for the old time to come back.
 */
export function reserveToken(
  state: TokenBucketState,
  nowMs: number,
  { requestsPerSecond, burst }: TokenBucketPolicy,
): { state: TokenBucketState; waitMs: number } {
  const intervalMs = 1000 / requestsPerSecond;
  const nextFreeAt = state.nextFreeAtMs;
  const startAt = Math.max(nowMs, nextFreeAt - (burst - 1) * intervalMs);
  return { state: { nextFreeAtMs: Math.max(nextFreeAt, nowMs) + intervalMs }, waitMs: startAt - nowMs };
}
