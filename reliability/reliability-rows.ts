import type { HostileClientReport } from './run-hostile-client.js';
import type { HttpFuzzReport } from './run-http-fuzz.js';
import type { MockFloodReport } from './run-mock-flood.js';
import type { ChaosReport } from './run-chaos.js';
import type { LoadReport } from './run-load.js';
import type { SecretsReport } from './run-secrets-scan.js';
import type { SigningFuzzReport } from './run-signing-fuzz.js';

/** One printed figure: what, how much, and the target it must meet, if any. */
export interface ReliabilityRow {
  figure: string;
  value: number | string;
  target?: string;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
/** `{ "200": 5, "400": 2 }` as `200×5 400×2`, for a table cell. */
export const formatCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([key, count]) => `${key}×${count}`)
    .join(' ') || 'none';

/** The chaos run's figures. */
export function chaosRows(report: ChaosReport, latencyMs: number): ReliabilityRow[] {
  return [
    { figure: 'logical createSession calls', value: report.calls },
    { figure: 'attempts (HTTP requests sent)', value: report.attempts },
    { figure: 'attempts by answer', value: formatCounts(report.attemptStatuses) },
    { figure: 'successes (of which replays, status 101)', value: `${report.successes} (${report.replays})` },
    { figure: 'typed errors by class', value: formatCounts(report.errorsByName) },
    { figure: 'untyped throws', value: report.untypedThrows, target: '== 0' },
    { figure: 'sessions created', value: report.sessionsCreated },
    { figure: 'duplicates (extra sessions for one key)', value: report.duplicates, target: '== 0' },
    { figure: 'lost (success not naming the held session)', value: report.lost, target: '== 0' },
    { figure: 'calls whose attempts changed key', value: report.keyChanges, target: '== 0' },
    {
      figure: 'failed calls with a committed session / unrecovered',
      value: `${report.orphaned} / ${report.unrecovered}`,
    },
    { figure: 'faults: 503 answers', value: report.faultsFired.fail, target: '>= 1' },
    { figure: 'faults: connections dropped after commit', value: report.faultsFired.drop_after_commit, target: '>= 1' },
    { figure: 'faults: 429 with Retry-After', value: report.faultsFired.rate_limited, target: '>= 1' },
    {
      figure: 'faults: median mock answer time (ms)',
      value: Math.round(report.faultsFired.medianResponseMs * 100) / 100,
      target: `>= ${latencyMs}`,
    },
    {
      figure: 'elapsed real / virtual (s)',
      value: `${(report.elapsedMs / 1000).toFixed(1)} / ${(report.virtualElapsedMs / 1000).toFixed(0)}`,
    },
  ];
}

/** The load run's figures. */
export function loadRows(report: LoadReport, durationSeconds: number, cap: number): ReliabilityRow[] {
  return [
    {
      figure: `requests in ${durationSeconds} s (req/s)`,
      value: `${report.requests} (${Math.round(report.requestsPerSecond)})`,
    },
    ...Object.entries(report.statusesByKind).map(([kind, statuses]) => ({
      figure: `${kind} answered`,
      value: formatCounts(statuses),
    })),
    { figure: '5xx answers', value: report.fiveXx, target: '== 0' },
    { figure: 'connection errors + timeouts', value: report.errors + report.timeouts, target: '== 0' },
    {
      figure: 'mock alive and answering 200 after',
      value: report.aliveAfter && report.statusAfter === 200 ? 'yes' : `no (${report.statusAfter})`,
      target: 'yes',
    },
    { figure: 'mock RSS start / end (MB)', value: `${mb(report.start.rss)} / ${mb(report.end.rss)}` },
    {
      figure: 'mock heap after GC start / end (MB)',
      value: `${mb(report.start.heapUsed)} / ${mb(report.end.heapUsed)}`,
    },
    { figure: 'distinct Idempotency-Keys sent', value: report.uniqueKeysSent, target: `> ${cap}` },
    { figure: 'idempotency store size at end', value: report.end.idempotencyEntries, target: `<= ${cap}` },
    { figure: 'sessions kept at end', value: report.end.sessions, target: `<= ${cap}` },
  ];
}

/** The hostile-input runs' figures. */
export function fuzzRows(http: HttpFuzzReport, signing: SigningFuzzReport): ReliabilityRow[] {
  return [
    { figure: 'HTTP: raw TCP inputs / fetch inputs', value: `${http.rawInputs} / ${http.fetchInputs}` },
    { figure: 'HTTP: answers by status', value: formatCounts(http.statuses) },
    {
      figure: 'HTTP: raw closed unanswered / fetch unanswered / fetch refused',
      value: `${http.rawUnanswered} / ${http.fetchUnanswered} / ${http.fetchRefused}`,
    },
    { figure: 'HTTP: 5xx answers', value: http.fiveXx, target: '== 0' },
    { figure: 'HTTP: mock answers a valid request after', value: http.statusAfter ?? 'none', target: '200' },
    { figure: 'parseAuthorization inputs', value: signing.parseInputs },
    {
      figure: 'parseAuthorization outcomes',
      value: formatCounts(signing.parseOutcomes),
      target: 'parsed or SigningError',
    },
    { figure: 'verifyRequest inputs', value: signing.verifyInputs },
    { figure: 'verifyRequest verdicts', value: formatCounts(signing.verifyOutcomes), target: 'no throw' },
    { figure: 'properties broken', value: signing.failures.length, target: '== 0' },
  ];
}

/** The secrets scan's figures. */
export function secretsRows(report: SecretsReport): ReliabilityRow[] {
  return [
    { figure: 'outputs scanned (KB)', value: `${report.texts} (${Math.round(report.bytes / 1024)})` },
    { figure: 'distinct signatures sent and searched for', value: report.signaturesKnown },
    { figure: 'hits (secret or signature)', value: report.hits.length, target: '== 0' },
  ];
}

/** The hostile-server matrix: one row per mode, how createSession ended and how the CLI did. */
export function hostileClientRows(report: HostileClientReport, maxCliRssMb: number): ReliabilityRow[] {
  return report.rows.map((row) => {
    const retried = row.requests > 1 ? `retried (${row.requests} requests)` : 'not retried';
    const cli = row.cli
      ? `; CLI exit ${row.cli.exitCode}, ${row.cli.stderrLines} line${row.cli.stderrLines === 1 ? '' : 's'}, ${row.cli.stackTrace ? 'stack trace' : 'no stack'}, peak ${row.cli.peakRssMb} MB`
      : '';
    const moved =
      row.redirected > 0 || row.clockOffsetMs !== 0
        ? `; REDIRECTED ${row.redirected}, clock ${row.clockOffsetMs} ms`
        : '';
    return {
      figure: row.mode,
      value: `${row.outcome}, ${retried}${cli}${moved}`,
      target: `typed${row.cli ? `, exit 1, 1 line, < ${maxCliRssMb} MB` : ''}`,
    };
  });
}

/** A hostile-body flood's figures. */
export function mockFloodRows(report: MockFloodReport, maxRssMb: number): ReliabilityRow[] {
  const label = report.liftLimits ? 'limits lifted (stored)' : 'default limits (refused)';
  return [
    {
      figure: `${label}: ${Math.round(report.bodyBytes / 1024)} KiB nested-array bodies sent`,
      value: `${report.requests} in ${report.seconds} s`,
    },
    {
      figure: `${label}: answers`,
      value: formatCounts(report.statuses),
      target: report.liftLimits ? 'all 200' : 'all 400',
    },
    {
      figure: `${label}: mock peak RSS / at end (MB)`,
      value: `${report.peakRssMb} / ${report.endRssMb}`,
      target: `< ${maxRssMb}`,
    },
    { figure: `${label}: answers a valid request after (HTTP)`, value: report.statusAfter ?? 'none', target: '200' },
    ...(report.liftLimits
      ? [
          {
            figure: `${label}: first key sent again (envelope)`,
            value: report.replayStatusAfter ?? 'none',
            target: '101',
          },
        ]
      : []),
  ];
}
