import { createRequire } from 'node:module';
import { createSessionPath } from '../src/spec/create-session-operation.js';
import { signRequest } from '../src/signing/sign-request.js';
import {
  buildLoadRequests,
  loadRequestKinds,
  type AutocannonRequest,
  type LoadRequestKind,
} from './build-load-requests.js';
import { minimalBodyText, reliabilityCredentials, reliabilityFixedNow } from './reliability-fixtures.js';
import { startMockChild, type MockChildStats } from './start-mock-child.js';

/** How long and how wide the load run is. */
export interface LoadOptions {
  durationSeconds: number;
  connections: number;
  /** The mock's store cap (`maxKeys`); the run sends more distinct keys than this. */
  maxKeys: number;
  /** Largest accepted growth of the mock's heap (after GC) over the run, in MB. */
  maxHeapGrowthMb: number;
}

/** The figures of a load run and the invariants it broke (`failures`, empty on a pass). */
export interface LoadReport {
  requests: number;
  requestsPerSecond: number;
  /** Statuses received, per kind of request. */
  statusesByKind: Record<LoadRequestKind, Record<string, number>>;
  fiveXx: number;
  /** Socket errors and timeouts autocannon saw. */
  errors: number;
  timeouts: number;
  uniqueKeysSent: number;
  start: MockChildStats;
  end: MockChildStats;
  /** The mock still runs and answers a valid request with 200 after the run. */
  aliveAfter: boolean;
  statusAfter: number | undefined;
  childOutput: string;
  failures: string[];
}

interface AutocannonResult {
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}
// autocannon ships CommonJS without types.
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
  requests: AutocannonRequest[];
}) => Promise<AutocannonResult>;

/**
 * Runs autocannon for a fixed time against the mock in a child process with the load mix of
 * buildLoadRequests, then checks: no 5xx, every kind answered with its one status, the process
 * alive and answering, the idempotency store within its cap though more keys were sent, the heap
 * bounded. RSS is reported at start and end.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const child = await startMockChild({
    nowMs: reliabilityFixedNow,
    maxKeys: options.maxKeys,
  });
  try {
    const load = await buildLoadRequests({
      credentials: reliabilityCredentials,
      nowMs: reliabilityFixedNow,
      validBody: minimalBodyText,
    });
    const start = await child.stats();
    const result = await autocannon({
      url: `${child.url}${createSessionPath}`,
      connections: options.connections,
      duration: options.durationSeconds,
      requests: load.requests,
    });
    const aliveAfter = child.isAlive();
    const statusAfter = aliveAfter ? await probe(child.url) : undefined;
    const end = await child.stats();
    const fiveXx = Object.entries(result.statusCodeStats).reduce(
      (sum, [status, { count }]) => sum + (Number(status) >= 500 ? count : 0),
      0,
    );
    const report: LoadReport = {
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      statusesByKind: load.statuses,
      fiveXx,
      errors: result.errors,
      timeouts: result.timeouts,
      uniqueKeysSent: load.keysSent(),
      start,
      end,
      aliveAfter,
      statusAfter,
      childOutput: child.output(),
      failures: [],
    };
    report.failures = judgeLoad(report, options);
    return report;
  } finally {
    await child.stop();
  }
}

/** The invariants of a load run, as readable failures (empty on a pass). */
export function judgeLoad(
  report: Omit<LoadReport, 'failures' | 'childOutput'>,
  options: Pick<LoadOptions, 'maxKeys' | 'maxHeapGrowthMb'>,
): string[] {
  const failures: string[] = [];
  if (report.fiveXx !== 0) failures.push(`load: ${report.fiveXx} answers were 5xx (must be 0)`);
  const serverFiveXx = Object.entries(report.end.statuses).filter(([status]) => Number(status) >= 500);
  if (serverFiveXx.length > 0)
    failures.push(`load: the mock logged 5xx answers: ${JSON.stringify(Object.fromEntries(serverFiveXx))}`);
  if (report.errors + report.timeouts !== 0)
    failures.push(`load: ${report.errors} connection errors and ${report.timeouts} timeouts (must be 0)`);
  if (!report.aliveAfter) failures.push('load: the mock process died during the run');
  else if (report.statusAfter !== 200)
    failures.push(`load: after the run a valid request got ${report.statusAfter}, not 200`);
  for (const [kind, expected] of Object.entries(loadRequestKinds) as [LoadRequestKind, number][]) {
    const statuses = report.statusesByKind[kind];
    const others = Object.keys(statuses).filter((status) => Number(status) !== expected);
    if (others.length > 0)
      failures.push(`load: ${kind} requests got ${others.join(', ')} besides ${expected}: ${JSON.stringify(statuses)}`);
    if (!statuses[expected]) failures.push(`load: no ${kind} request was answered`);
  }
  if (report.uniqueKeysSent <= options.maxKeys)
    failures.push(
      `load: only ${report.uniqueKeysSent} keys were sent, not more than the store's cap of ${options.maxKeys}`,
    );
  if (report.end.idempotencyEntries > options.maxKeys)
    failures.push(
      `load: the idempotency store holds ${report.end.idempotencyEntries} keys, over its cap of ${options.maxKeys}`,
    );
  if (report.end.sessions > options.maxKeys)
    failures.push(`load: the mock keeps ${report.end.sessions} sessions, over its cap of ${options.maxKeys}`);
  const growthMb = (report.end.heapUsed - report.start.heapUsed) / 2 ** 20;
  if (growthMb > options.maxHeapGrowthMb)
    failures.push(`load: the mock's heap grew by ${growthMb.toFixed(1)} MB (at most ${options.maxHeapGrowthMb} MB)`);
  return failures;
}

async function probe(baseUrl: string): Promise<number | undefined> {
  const headers = await signRequest(
    { method: 'POST', path: createSessionPath, body: minimalBodyText },
    reliabilityCredentials,
    { now: new Date(reliabilityFixedNow) },
  );
  try {
    const response = await fetch(`${baseUrl}${createSessionPath}`, {
      method: 'POST',
      headers,
      body: minimalBodyText,
      signal: AbortSignal.timeout(5_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}
