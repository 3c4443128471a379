import { performance } from 'node:perf_hooks';
import { createSessionClient } from '../src/client/create-session-client.js';
import type { CreateSessionResult, SessionClient } from '../src/client/session-client-types.js';
import { isIngoSessionError } from '../src/errors/ingo-session-error.js';
import type { MockFaults, MockLogEvent, MockOptions } from '../src/mock/mock-options.js';
import { createSeededRandom } from '../src/mock/seeded-random.js';
import { startMock } from '../src/mock/start-mock.js';
import {
  checkExactlyOnce,
  conflictErrorName,
  type CallOutcome,
  type CallRecord,
  type ExactlyOnceVerdict,
} from './check-exactly-once.js';
import { countBy } from './count-by.js';
import { countMockFaults } from './count-mock-faults.js';
import { createFastClock } from './create-fast-clock.js';
import { judgeChaos } from './judge-chaos.js';
import { planCalls, type CallPlan } from './plan-calls.js';
import { recordAttempts } from './record-attempts.js';
import { makeSessionBody, reliabilityCredentials, reliabilityFixedNow } from './reliability-fixtures.js';
import { runBounded } from './run-bounded.js';

/** How big and how hostile a chaos run is. */
export interface ChaosOptions {
  /** Logical createSession calls, twins included. */
  calls: number;
  /** Calls in flight at once. */
  concurrency: number;
  /** Seeds the mock's ids and fault draws and the client's jitter. */
  seed: number;
  /** Every fault is required to fire at least once. */
  faults: Required<Pick<MockFaults, 'failRate' | 'dropAfterCommitRate' | 'latencyMs' | 'rateLimitPerSecond'>>;
  /** Virtual ms per real ms of the clock the client and the mock share (see createFastClock). */
  speed: number;
  /** Client retries per call. */
  retries: number;
  /** Every n-th intent passes its own Idempotency-Key; the others let the client mint one. */
  explicitKeyEvery: number;
  /** Every n-th intent is sent twice at once with the same key and body (a double submit); 0 for none. */
  twinEvery: number;
  /**
   * Every n-th intent is followed at once by a call with the same key and another body (a caller
   * bug): one of the two must end in an IdempotencyConflictError; 0 for none.
   */
  conflictEvery: number;
  /** The client's per-attempt time limit, real ms. */
  timeoutMs: number;
  /** Lowest acceptable share of calls that succeed at the first try (before recovery). */
  minSuccessRate: number;
  /** Other mock options, for negative controls (a mock that forgets keys must be caught). */
  mock?: Pick<MockOptions, 'maxKeys' | 'idempotencyWindowSeconds'>;
}

/** What the secrets scan needs from the run: everything it printed or threw, and what it signed. */
export interface ChaosEvidence {
  errors: unknown[];
  logEvents: MockLogEvent[];
  signatures: string[];
  client: SessionClient;
}

/** The figures of a chaos run and the invariants it broke (`failures`, empty on a pass). */
export interface ChaosReport extends ExactlyOnceVerdict {
  attempts: number;
  /** Attempts by how they ended: HTTP status, or `no answer` (a dropped connection). */
  attemptStatuses: Record<string, number>;
  /** Fault counts from the mock's log; latency shows as the median time the mock took per answer. */
  faultsFired: { fail: number; drop_after_commit: number; rate_limited: number; medianResponseMs: number };
  elapsedMs: number;
  virtualElapsedMs: number;
  failures: string[];
  evidence: ChaosEvidence;
}

/**
 * Runs `calls` logical createSession calls from the real client, over real loopback HTTP, against
 * the mock with every fault on, then checks exactly-once (checkExactlyOnce) against the sessions
 * the mock holds. Calls that end in an error are then retried once with the same key and body, as
 * a careful caller would, to show that their session (if committed) was not lost.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const { seed, faults } = options;
  // The clock is held until the rate limit has refused the opening wave's excess: `concurrency`
  // calls then arrive within one instant, a burst over the limit whatever the machine's speed.
  const clock = createFastClock({ speed: options.speed, startMs: reliabilityFixedNow, held: true });
  const burstRejections = Math.max(1, options.concurrency - faults.rateLimitPerSecond);
  const logEvents: MockLogEvent[] = [];
  let rateLimited = 0;
  const log = (event: MockLogEvent) => {
    logEvents.push(event);
    if (event.type === 'fault' && event.fault === 'rate_limited' && ++rateLimited >= burstRejections) clock.release();
  };
  const mock = await startMock({
    ...options.mock,
    seed,
    now: clock.now,
    credentials: reliabilityCredentials,
    faults,
    log,
  });
  const recorder = recordAttempts((request, init) => fetch(request, init));
  const random = createSeededRandom(seed);
  const client = createSessionClient({
    ...reliabilityCredentials,
    baseUrl: mock.url,
    fetch: recorder.fetch,
    timeoutMs: options.timeoutMs,
    retries: { retries: options.retries, baseDelayMs: 100, maxDelayMs: 2_000, jitter: 'full' },
    rateLimit: false,
    now: clock.date,
    sleep: clock.sleep,
    random,
  });
  const errors: unknown[] = [];
  const call = async (plan: CallPlan): Promise<CallOutcome> => {
    try {
      return toOutcome(
        await client.createSession(
          makeSessionBody(plan.tag),
          plan.explicitKey === undefined ? {} : { idempotencyKey: plan.explicitKey },
        ),
        errors,
      );
    } catch (error) {
      errors.push(error);
      return isIngoSessionError(error)
        ? { kind: 'error', errorName: error.name }
        : { kind: 'untyped', description: describeThrown(error) };
    }
  };

  const plans = planCalls(options);
  const startedReal = performance.now();
  const startedVirtual = clock.now();
  try {
    const outcomes = await runBounded(plans.length, options.concurrency, (index) => call(plans[index]!));
    const keysByTag = new Map<string, Set<string>>();
    for (const { tag, idempotencyKey } of recorder.attempts) {
      if (tag !== undefined && idempotencyKey !== undefined)
        (keysByTag.get(tag) ?? keysByTag.set(tag, new Set()).get(tag)!).add(idempotencyKey);
    }
    const records: CallRecord[] = plans.map((plan, index) => ({
      ...plan,
      sentKeys: [...(keysByTag.get(plan.tag) ?? [])],
      outcome: outcomes[index]!,
    }));
    for (const record of records) {
      const key = record.explicitKey ?? record.sentKeys[0];
      const recoverable =
        record.outcome.kind !== 'success' &&
        !(record.outcome.kind === 'error' && record.outcome.errorName === conflictErrorName);
      if (recoverable && key !== undefined) record.recovery = await call({ tag: record.tag, explicitKey: key });
    }
    const elapsedMs = performance.now() - startedReal;
    const virtualElapsedMs = clock.now() - startedVirtual;
    // Every session the mock created, from its log: a store holds one per key, so a duplicate
    // that replaced the first in the store would not show in mock.sessions.
    const created = logEvents.flatMap((event) =>
      event.type === 'session_created'
        ? [{ session_identifier: event.sessionIdentifier, idempotencyKey: event.idempotencyKey }]
        : [],
    );
    const verdict = checkExactlyOnce(records, created);
    const report: ChaosReport = {
      ...verdict,
      attempts: recorder.attempts.length,
      attemptStatuses: countBy(
        recorder.attempts.map((a) => (a.httpStatus === undefined ? 'no answer' : String(a.httpStatus))),
      ),
      faultsFired: countMockFaults(logEvents),
      elapsedMs,
      virtualElapsedMs,
      failures: [],
      evidence: {
        errors,
        logEvents,
        signatures: recorder.attempts.flatMap((a) => (a.signature === undefined ? [] : [a.signature])),
        client,
      },
    };
    report.failures = judgeChaos(report, options);
    return report;
  } finally {
    await mock.close();
  }
}

function toOutcome(result: CreateSessionResult, errors: unknown[]): CallOutcome {
  if (result.data)
    return {
      kind: 'success',
      sessionIdentifier: result.data.data.session_identifier,
      envelopeStatus: result.data.status,
    };
  errors.push(result.error);
  return isIngoSessionError(result.error)
    ? { kind: 'error', errorName: result.error.name }
    : { kind: 'untyped', description: `resolved error ${describeThrown(result.error)}` };
}

function describeThrown(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
}
