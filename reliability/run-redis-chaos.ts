import { createSessionClient } from '../src/client/create-session-client.js';
import type { CreateSessionResult } from '../src/client/session-client-types.js';
import { isIngoSessionError } from '../src/errors/ingo-session-error.js';
import { createSeededRandom } from '../src/mock/seeded-random.js';
import { createRedisMockStore } from '../src/redis/create-redis-mock-store.js';
import { startRedisServer } from '../test-support/start-redis-server.js';
import { checkExactlyOnce, type CallOutcome, type ExactlyOnceVerdict } from './check-exactly-once.js';
import { collectCallRecords } from './collect-call-records.js';
import { planCalls, type CallPlan } from './plan-calls.js';
import { recordAttempts } from './record-attempts.js';
import type { RedisMockChildOptions, RedisMockChildReply } from './redis-mock-child.js';
import { makeSessionBody, reliabilityCredentials } from './reliability-fixtures.js';
import { runBounded } from './run-bounded.js';
import { spawnTsxChild } from './spawn-tsx-child.js';

/** How big and how hostile the shared-store chaos run is. */
export interface RedisChaosOptions {
  calls: number;
  concurrency: number;
  seed: number;
  /** Mock processes sharing the one Redis store. */
  mocks: number;
  faults: Required<RedisMockChildOptions['faults']>;
  retries: number;
  explicitKeyEvery: number;
  twinEvery: number;
  conflictEvery: number;
  timeoutMs: number;
  /** false gives each mock a store of its own (a prefix apart): the negative control, which must see duplicates. */
  sharedStore?: boolean;
}

type Stopped = Extract<RedisMockChildReply, { type: 'stopped' }>;

/** The verdict, what each mock did, and the invariants broken (`failures`, empty on a pass). */
export interface RedisChaosReport extends ExactlyOnceVerdict {
  attempts: number;
  /** Per mock process: sessions it created, replays it answered, faults it injected. */
  perMock: { created: number; replayed: number; fail: number; dropAfterCommit: number; remoteWaits: number }[];
  /** Replays answered by a mock other than the one that created the session: retries that crossed instances. */
  crossReplays: number;
  elapsedMs: number;
  failures: string[];
}

/**
 * The chaos run across instances: `mocks` mock processes on one Redis store, each with failures,
 * dropped connections after commit and latency; the real client sends every attempt to the next
 * instance in turn, so that a retry (and a twin in flight) lands on another process than the
 * first attempt. Exactly-once is then checked (checkExactlyOnce) against the sessions in Redis.
 */
export async function runRedisChaos(options: RedisChaosOptions): Promise<RedisChaosReport> {
  const redis = await startRedisServer();
  const prefixes = Array.from({ length: options.mocks }, (_, i) =>
    options.sharedStore === false ? `ingo-session:reliability:${i}:` : 'ingo-session:reliability:',
  );
  const mocks = prefixes.map((prefix, i) =>
    spawnTsxChild<RedisMockChildReply>('./redis-mock-child.ts', {
      redisUrl: redis.url,
      prefix,
      seed: options.seed + i,
      faults: options.faults,
    } satisfies RedisMockChildOptions),
  );
  try {
    const urls = (
      await Promise.all(mocks.map((mock) => mock.next<Extract<RedisMockChildReply, { type: 'ready' }>>('ready')))
    ).map((ready) => ready.url);
    let turn = 0;
    // Every attempt goes to the next instance: the host changes, the signed request line does not.
    const recorder = recordAttempts(async (request, init) => {
      const url = request.url.replace(urls[0]!, urls[turn++ % urls.length]!);
      const body =
        (request as Request & { bodySource?: string | Uint8Array }).bodySource ?? (await request.arrayBuffer());
      return fetch(url, {
        method: request.method,
        headers: request.headers,
        body: body as BodyInit,
        ...(init?.signal ? { signal: init.signal } : {}),
      });
    });
    const client = createSessionClient({
      ...reliabilityCredentials,
      baseUrl: urls[0]!,
      fetch: recorder.fetch,
      timeoutMs: options.timeoutMs,
      retries: { retries: options.retries, baseDelayMs: 20, maxDelayMs: 500, jitter: 'full' },
      rateLimit: false,
      random: createSeededRandom(options.seed),
    });
    const call = async (plan: CallPlan): Promise<CallOutcome> => {
      try {
        return toOutcome(
          await client.createSession(
            makeSessionBody(plan.tag),
            plan.explicitKey === undefined ? {} : { idempotencyKey: plan.explicitKey },
          ),
        );
      } catch (error) {
        return isIngoSessionError(error)
          ? { kind: 'error', errorName: error.name }
          : { kind: 'untyped', description: String(error) };
      }
    };
    const plans = planCalls(options);
    const started = performance.now();
    const outcomes = await runBounded(plans.length, options.concurrency, (index) => call(plans[index]!));
    const records = await collectCallRecords(plans, outcomes, recorder.attempts, call);
    const elapsedMs = performance.now() - started;
    const held = [];
    for (const prefix of new Set(prefixes)) {
      const reader = await createRedisMockStore({ url: redis.url, prefix });
      held.push(...(await reader.listSessions(Date.now())));
      await reader.close();
    }
    const verdict = checkExactlyOnce(records, held);
    mocks.forEach((mock) => mock.send({ type: 'stop' }));
    const stopped = await Promise.all(mocks.map((mock) => mock.next<Stopped>('stopped')));
    const creator = new Map(stopped.flatMap((s, i) => s.created.map((id) => [id, i] as const)));
    const crossReplays = stopped.reduce(
      (sum, s, i) => sum + s.replayed.filter((id) => creator.get(id) !== i).length,
      0,
    );
    const perMock = stopped.map((s) => ({
      created: s.created.length,
      replayed: s.replayed.length,
      fail: s.faults.fail,
      dropAfterCommit: s.faults.drop_after_commit,
      remoteWaits: s.remoteWaits,
    }));
    const report: RedisChaosReport = {
      ...verdict,
      attempts: recorder.attempts.length,
      perMock,
      crossReplays,
      elapsedMs,
      failures: [],
    };
    report.failures = judgeRedisChaos(report, options);
    return report;
  } finally {
    await Promise.all(mocks.map((mock) => mock.kill()));
    await redis.close();
  }
}

function judgeRedisChaos(report: RedisChaosReport, options: RedisChaosOptions): string[] {
  const failures: string[] = [];
  const mustBeZero = {
    duplicates: report.duplicates,
    lost: report.lost,
    'untyped throws': report.untypedThrows,
    'key changes between attempts': report.keyChanges,
    unrecovered: report.unrecovered,
  };
  for (const [name, count] of Object.entries(mustBeZero))
    if (count !== 0) failures.push(`redis chaos: ${name} = ${count} (must be 0)`);
  if (report.calls !== options.calls)
    failures.push(`redis chaos: ${report.calls} calls ended, ${options.calls} were made`);
  if (options.conflictEvery > 0 && report.conflicts === 0)
    failures.push('redis chaos: no call ended in an IdempotencyConflictError, though conflicting calls were made');
  if (report.crossReplays === 0)
    failures.push('redis chaos: no replay crossed instances, so the run did not test sharing');
  if (report.perMock.every((mock) => mock.remoteWaits === 0))
    failures.push(
      'redis chaos: no duplicate found its key in flight in the other mock, so the run did not test in-flight sharing',
    );
  report.perMock.forEach((mock, i) => {
    if (mock.created === 0 || mock.fail === 0 || mock.dropAfterCommit === 0)
      failures.push(`redis chaos: mock ${i} did not create sessions and inject every fault (${JSON.stringify(mock)})`);
  });
  failures.push(...report.problems.map((problem) => `redis chaos: ${problem}`));
  return failures;
}

function toOutcome(result: CreateSessionResult): CallOutcome {
  if (result.data)
    return {
      kind: 'success',
      sessionIdentifier: result.data.data.session_identifier,
      envelopeStatus: result.data.status,
    };
  return isIngoSessionError(result.error)
    ? { kind: 'error', errorName: result.error.name }
    : { kind: 'untyped', description: String(result.error) };
}
