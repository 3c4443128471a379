import { formatCounts, type ReliabilityRow } from './reliability-rows.js';
import type { RedisChaosReport } from './run-redis-chaos.js';
import type { RedisLimiterOptions, RedisLimiterReport } from './run-redis-limiter.js';

/** The shared-limit run's figures. */
export function redisLimiterRows(report: RedisLimiterReport, options: RedisLimiterOptions): ReliabilityRow[] {
  const { processes, callsPerProcess, requestsPerSecond, burst } = options;
  return [
    {
      figure: 'processes × calls (rate / burst)',
      value: `${processes} × ${callsPerProcess} (${requestsPerSecond}/s / ${burst})`,
    },
    {
      figure: 'one Redis limiter: most takes granted in any 1 s',
      value: report.shared.maxGrantedPerSecond,
      target: `<= ${requestsPerSecond + burst}`,
    },
    {
      figure: 'one Redis limiter: most arrivals in any 1 s',
      value: report.shared.maxPerSecond,
      ...(options.judgeArrivals ? { target: `<= ${requestsPerSecond + burst}` } : {}),
    },
    {
      figure: 'one Redis limiter: calls ended / elapsed (s)',
      value: `${formatCounts(report.shared.outcomes)} / ${report.shared.seconds}`,
    },
    {
      figure: 'per-process limiters: most takes granted in any 1 s',
      value: report.perProcess.maxGrantedPerSecond,
      target: `> ${requestsPerSecond}`,
    },
    { figure: 'per-process limiters: most arrivals in any 1 s', value: report.perProcess.maxPerSecond },
    {
      figure: 'per-process limiters: calls ended / elapsed (s)',
      value: `${formatCounts(report.perProcess.outcomes)} / ${report.perProcess.seconds}`,
    },
  ];
}

/** The shared-store chaos run's figures. */
export function redisChaosRows(report: RedisChaosReport): ReliabilityRow[] {
  return [
    { figure: 'mock processes on one Redis store', value: report.perMock.length },
    { figure: 'logical calls / attempts (each to the next mock)', value: `${report.calls} / ${report.attempts}` },
    { figure: 'successes (of which replays, status 101)', value: `${report.successes} (${report.replays})` },
    { figure: 'typed errors by class', value: formatCounts(report.errorsByName) },
    {
      figure: 'sessions created, per mock',
      value: `${report.sessionsCreated} (${report.perMock.map((mock) => mock.created).join(' + ')})`,
    },
    { figure: 'replays answered by the other mock', value: report.crossReplays, target: '>= 1' },
    {
      figure: "duplicates that waited for the other mock's request in flight",
      value: report.perMock.reduce((sum, mock) => sum + mock.remoteWaits, 0),
      target: '>= 1',
    },
    {
      figure: 'faults per mock: 503 / dropped after commit',
      value: report.perMock.map((mock) => `${mock.fail} / ${mock.dropAfterCommit}`).join(', '),
      target: '>= 1 each',
    },
    { figure: 'duplicates (extra sessions for one key)', value: report.duplicates, target: '== 0' },
    { figure: 'lost (success not naming the held session)', value: report.lost, target: '== 0' },
    {
      figure: 'untyped throws / key changes / unrecovered',
      value: `${report.untypedThrows} / ${report.keyChanges} / ${report.unrecovered}`,
      target: '== 0',
    },
    { figure: 'elapsed (s)', value: (report.elapsedMs / 1000).toFixed(1) },
  ];
}
