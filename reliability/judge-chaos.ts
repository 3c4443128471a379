import { signingConfig } from '../src/spec/signing-config.js';
import type { ChaosOptions, ChaosReport } from './run-chaos.js';

/** The invariants of a chaos run, as readable failures (empty on a pass). */
export function judgeChaos(
  report: Omit<ChaosReport, 'failures' | 'evidence'>,
  options: Pick<ChaosOptions, 'calls' | 'faults' | 'minSuccessRate' | 'conflictEvery'>,
): string[] {
  const failures: string[] = [];
  const mustBeZero = {
    duplicates: report.duplicates,
    lost: report.lost,
    'untyped throws': report.untypedThrows,
    'key changes between attempts': report.keyChanges,
  };
  for (const [name, count] of Object.entries(mustBeZero))
    if (count !== 0) failures.push(`chaos: ${name} = ${count} (must be 0)`);
  if (report.calls !== options.calls) failures.push(`chaos: ${report.calls} calls ended, ${options.calls} were made`);
  const mayFail = report.calls - report.conflicts;
  if (report.successes < mayFail * options.minSuccessRate)
    failures.push(
      `chaos: only ${report.successes} of ${mayFail} non-conflicting calls succeeded (at least ${options.minSuccessRate * 100}% expected)`,
    );
  if (options.conflictEvery > 0 && report.conflicts === 0)
    failures.push('chaos: no call ended in an IdempotencyConflictError, though conflicting calls were made');
  const { fail, drop_after_commit, rate_limited, medianResponseMs } = report.faultsFired;
  for (const [fault, count] of Object.entries({ fail, drop_after_commit, rate_limited }))
    if (count === 0) failures.push(`chaos: fault ${fault} never fired`);
  // The median, not the minimum: Node's timers count from the event loop's cached time, so under
  // load a single answer can come a little before the injected latency has passed.
  if (!(medianResponseMs >= options.faults.latencyMs))
    failures.push(
      `chaos: median answer took ${medianResponseMs} ms, under the injected latency of ${options.faults.latencyMs} ms`,
    );
  if (report.virtualElapsedMs >= signingConfig.idempotency.windowSeconds * 1000)
    failures.push('chaos: the run outlasted the idempotency window, so keys may have expired');
  failures.push(...report.problems.map((problem) => `chaos: ${problem}`));
  return failures;
}
