import { describe, expect, test } from 'vitest';
import type { MockLogEvent } from '../src/mock/mock-options.js';
import { countMockFaults } from './count-mock-faults.js';
import { judgeChaos } from './judge-chaos.js';
import type { ChaosReport } from './run-chaos.js';

const options = {
  calls: 100,
  faults: { failRate: 0.1, dropAfterCommitRate: 0.1, latencyMs: 2, rateLimitPerSecond: 30 },
  minSuccessRate: 0.97,
  conflictEvery: 25,
};
const clean: Omit<ChaosReport, 'failures' | 'evidence'> = {
  calls: 100,
  successes: 96,
  replays: 10,
  typedErrors: 4,
  errorsByName: { IdempotencyConflictError: 4 },
  conflicts: 4,
  untypedThrows: 0,
  sessionsCreated: 90,
  duplicates: 0,
  lost: 0,
  keyChanges: 0,
  orphaned: 0,
  unrecovered: 0,
  problems: [],
  attempts: 130,
  attemptStatuses: { 200: 96 },
  faultsFired: { fail: 5, drop_after_commit: 5, rate_limited: 20, medianResponseMs: 3 },
  elapsedMs: 1000,
  virtualElapsedMs: 50_000,
};

describe('judgeChaos', () => {
  test('a clean run passes', () => {
    expect(judgeChaos(clean, options)).toEqual([]);
  });

  test.each([
    ['a duplicate', { duplicates: 1 }, /duplicates = 1 \(must be 0\)/],
    ['a lost answer', { lost: 2 }, /lost = 2/],
    ['an untyped throw', { untypedThrows: 1 }, /untyped throws = 1/],
    [
      'a fault that never fired',
      { faultsFired: { ...clean.faultsFired, rate_limited: 0 } },
      /fault rate_limited never fired/,
    ],
    [
      'answers faster than the latency',
      { faultsFired: { ...clean.faultsFired, medianResponseMs: 0.2 } },
      /under the injected latency/,
    ],
    ['too few successes', { successes: 90 }, /only 90 of 96/],
    ['no conflict', { conflicts: 0 }, /no call ended in an IdempotencyConflictError/],
    ['a run longer than the idempotency window', { virtualElapsedMs: 7_200_000 }, /outlasted the idempotency window/],
  ])('%s fails', (_name, change, message) => {
    expect(judgeChaos({ ...clean, ...change }, options).join('\n')).toMatch(message);
  });
});

describe('countMockFaults', () => {
  test('counts each fault and takes the median answer time', () => {
    const events: MockLogEvent[] = [
      { type: 'fault', at: 0, fault: 'fail' },
      { type: 'fault', at: 0, fault: 'rate_limited' },
      { type: 'fault', at: 0, fault: 'rate_limited' },
      ...[5, 1, 3].map((ms): MockLogEvent => ({
        type: 'response',
        at: 0,
        method: 'POST',
        target: '/',
        idempotencyKey: undefined,
        httpStatus: 200,
        envelopeStatus: 100,
        durationMs: ms,
      })),
    ];
    expect(countMockFaults(events)).toEqual({ fail: 1, drop_after_commit: 0, rate_limited: 2, medianResponseMs: 3 });
  });
});
