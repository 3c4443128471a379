import { ConformanceError } from './conformance-error.js';
import type { CaseResult } from './conformance-report.js';
import { RUN_TIME_LIMIT_REACHED } from './send-case-request.js';

/** The whole run's time bound against a server when none is given: five minutes. */
export const DEFAULT_REMOTE_TIME_LIMIT_MS = 5 * 60_000;

/** One bound on a whole run (catalog, generation, the idempotency sequences), in real time. */
export interface RunTimeLimit {
  /** Aborts when the limit is reached: every request then in flight ends, and none is sent after. */
  signal: AbortSignal;
  /** Milliseconds left (Infinity without a limit, 0 once reached). */
  remainingMs(): number;
  /** The note of a case not run, or cut off, because the limit was reached. */
  note: string;
  /** A case's result as the limit leaves it: one that failed only because the limit ended its requests is skipped, with the note. */
  settle(result: CaseResult): CaseResult;
  /** Stops the timer (the run is over). */
  stop(): void;
}

/**
 * Starts the run's time limit: `timeLimitMs`, or five minutes against a server and none against
 * the embedded mock by default. A case cut off by the limit is reported skipped, not failed (the
 * server is not at fault for our bound), and says so.
 */
export function startRunTimeLimit(timeLimitMs: number | undefined, { remote }: { remote: boolean }): RunTimeLimit {
  const limitMs = timeLimitMs ?? (remote ? DEFAULT_REMOTE_TIME_LIMIT_MS : Infinity);
  if (!(limitMs > 0))
    throw new ConformanceError(`the time limit must be a positive number of milliseconds, not ${timeLimitMs}`);
  const controller = new AbortController();
  const started = performance.now();
  // Unref'd: a run that throws before it stops the timer must not keep the process alive.
  const timer = limitMs === Infinity ? undefined : setTimeout(() => controller.abort(), limitMs).unref();
  const note = `not run to the end: the run's time limit of ${limitMs / 1000} s was reached`;
  return {
    signal: controller.signal,
    remainingMs: () => (controller.signal.aborted ? 0 : Math.max(0, limitMs - (performance.now() - started))),
    note,
    settle(result) {
      const cutOff =
        result.outcome === 'fail' &&
        result.failures.length > 0 &&
        result.failures.every((failure) => failure.message.includes(RUN_TIME_LIMIT_REACHED));
      return cutOff ? { ...result, outcome: 'skipped', failures: [], warnings: [], note } : result;
    },
    stop: () => clearTimeout(timer),
  };
}
