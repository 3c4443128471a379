import type { MockLogEvent } from '../src/mock/mock-options.js';
import type { ChaosReport } from './run-chaos.js';

/** Fault counts from the mock's log, and the median time it took per answer (where latency shows). */
export function countMockFaults(events: readonly MockLogEvent[]): ChaosReport['faultsFired'] {
  const fired = { fail: 0, drop_after_commit: 0, rate_limited: 0 };
  const times: number[] = [];
  for (const event of events) {
    if (event.type === 'fault') fired[event.fault] += 1;
    if (event.type === 'response') times.push(event.durationMs);
  }
  times.sort((a, b) => a - b);
  return { ...fired, medianResponseMs: times.length === 0 ? NaN : times[Math.floor((times.length - 1) / 2)]! };
}
