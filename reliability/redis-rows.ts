import { formatCounts, type ReliabilityRow } from './reliability-rows.js';
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
