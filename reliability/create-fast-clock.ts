import { performance } from 'node:perf_hooks';
import { abortableSleep } from '../src/client/abortable-sleep.js';

/** A virtual wall clock that runs `speed` times faster than real time, and a sleep on the same scale. */
export interface FastClock {
  /** Virtual epoch ms. */
  now(): number;
  /** `now()` as a Date, for the client's `now` option. */
  date(): Date;
  /**
   * Waits `ms` virtual ms (`ms / speed` real ms); rejects with the signal's reason when it aborts,
   * as the client's `sleep` option requires.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Starts a held clock; a no-op once running. */
  release(): void;
  readonly speed: number;
}

/** Options of createFastClock. */
export interface FastClockOptions {
  /** How many virtual ms pass per real ms; above 1. */
  speed: number;
  /** Virtual epoch ms at creation. */
  startMs: number;
  /**
   * Start stopped at `startMs` until `release()`: every request sent meanwhile carries the same
   * instant, so a burst is a burst whatever the machine's speed (the chaos run releases the clock
   * on the first 429, which makes the rate limit fire deterministically).
   */
  held?: boolean;
  /** Real monotonic ms; `performance.now` by default. */
  monotonicNow?: () => number;
}

/**
 * A clock shared by the client (X-Date, Retry-After, backoff) and the mock (skew, rate limit,
 * idempotency window), so that a run honours every wait the protocol asks for, Retry-After's whole
 * seconds included, yet finishes in a fraction of the time. Both sides read the same time, so
 * signatures stay fresh and the rate limiter refills exactly as fast as clients are told to wait.
 */
export function createFastClock({
  speed,
  startMs,
  held = false,
  monotonicNow = () => performance.now(),
}: FastClockOptions): FastClock {
  if (!(Number.isFinite(speed) && speed >= 1))
    throw new RangeError(`speed must be a finite number >= 1, not ${String(speed)}`);
  let realStart = held ? undefined : monotonicNow();
  const now = () => (realStart === undefined ? startMs : startMs + Math.floor((monotonicNow() - realStart) * speed));
  return {
    speed,
    now,
    release: () => void (realStart ??= monotonicNow()),
    date: () => new Date(now()),
    sleep: (ms, signal) => abortableSleep(ms / speed, signal),
  };
}
