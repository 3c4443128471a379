import { createTokenBucketLimiter } from '../src/rate-limit/create-rate-limiter.js';

/** Resolves when the next request may start. */
export type RateGate = () => Promise<void>;

/** The clock and sleep a gate uses, injected for tests. */
export interface RateGateOptions {
  /** Milliseconds on a monotonic clock. */
  timer: () => number;
  sleep: (ms: number) => Promise<void>;
}

/**
 * Spaces request starts at least 1000 / `requestsPerSecond` ms apart, across concurrent callers,
 * so that a run against a real server stays within its rate limit: the client's token bucket with
 * a burst of one. `Infinity` disables the gate.
 */
export function createRateGate(requestsPerSecond: number, { timer, sleep }: RateGateOptions): RateGate {
  if (!(requestsPerSecond > 0)) throw new RangeError(`requestsPerSecond must be positive, not ${requestsPerSecond}`);
  if (requestsPerSecond === Infinity) return async () => {};
  const limiter = createTokenBucketLimiter({ requestsPerSecond, burst: 1, nowMs: timer, sleep: (ms) => sleep(ms) });
  return () => limiter.take();
}
