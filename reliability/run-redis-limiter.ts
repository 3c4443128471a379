import { createMockHandler } from '../src/mock/create-mock-handler.js';
import { listen } from '../src/mock/listen.js';
import { startRedisServer } from '../test-support/start-redis-server.js';
import { maxInWindow } from './max-in-window.js';
import type { LimiterChildOptions, LimiterChildReply } from './redis-limiter-child.js';
import { reliabilityCredentials } from './reliability-fixtures.js';
import { spawnTsxChild } from './spawn-tsx-child.js';

/** How many client processes send how many calls, and the account's limit. */
export interface RedisLimiterOptions {
  processes: number;
  callsPerProcess: number;
  /** Calls in flight at once in each process. */
  concurrency: number;
  requestsPerSecond: number;
  burst: number;
  /**
   * Whether the server's count (taken in this process) must keep to the target too. Off at CI
   * size: beside the rest of `npm test` on two cores, this process's own stalls bunch the times it
   * records; the limiter's grants, recorded where they happen, are judged in every run.
   */
  judgeArrivals: boolean;
}

/** What the server saw from one run of all the processes. */
export interface LimiterRunFigures {
  arrivals: number;
  /** The most arrivals in any one-second window. */
  maxPerSecond: number;
  /** The most takes the limiters granted in any one-second window (wall clock, over all processes). */
  maxGrantedPerSecond: number;
  seconds: number;
  /** The calls' outcomes over all processes (`status 100`, or an error class). */
  outcomes: Record<string, number>;
}

/** Both runs and the invariants broken (`failures`, empty on a pass). */
export interface RedisLimiterReport {
  /** Every process limited through one Redis limiter (one key). */
  shared: LimiterRunFigures;
  /** The same processes, each with its own default per-process limiter: the negative control. */
  perProcess: LimiterRunFigures;
  failures: string[];
}

/**
 * N processes × M calls of the real client against the mock over loopback, once through one
 * Redis limiter and once with per-process limiters, counting at the server (in this process) the
 * most arrivals in any sliding second. Through Redis that must stay within the rate plus the
 * burst; per process it must exceed the rate, or the measurement would not see an excess.
 */
export async function runRedisLimiter(options: RedisLimiterOptions): Promise<RedisLimiterReport> {
  const redis = await startRedisServer();
  const arrivals: number[] = [];
  const handler = createMockHandler({ credentials: reliabilityCredentials });
  const server = await listen(handler);
  server.server.on('request', () => arrivals.push(performance.now()));
  try {
    const runOnce = async (mode: LimiterChildOptions['mode']): Promise<LimiterRunFigures> => {
      arrivals.length = 0;
      const children = Array.from({ length: options.processes }, (_, i) =>
        spawnTsxChild<LimiterChildReply>('./redis-limiter-child.ts', {
          ...options,
          mode,
          redisUrl: redis.url,
          key: 'ingo-session:rate-limit:reliability',
          mockUrl: server.url,
          calls: options.callsPerProcess,
          name: `${mode}${i}`,
        } satisfies LimiterChildOptions),
      );
      try {
        await Promise.all(children.map((child) => child.next('ready')));
        const started = performance.now();
        children.forEach((child) => child.send({ type: 'go' }));
        const done = await Promise.all(
          children.map((child) => child.next<Extract<LimiterChildReply, { type: 'done' }>>('done', 120_000)),
        );
        const outcomes: Record<string, number> = {};
        for (const { outcomes: some } of done)
          for (const [name, count] of Object.entries(some)) outcomes[name] = (outcomes[name] ?? 0) + count;
        return {
          arrivals: arrivals.length,
          maxPerSecond: maxInWindow(arrivals),
          maxGrantedPerSecond: maxInWindow(done.flatMap((reply) => reply.grantedAt)),
          seconds: Math.round(performance.now() - started) / 1000,
          outcomes,
        };
      } finally {
        await Promise.all(children.map((child) => child.kill()));
      }
    };
    const shared = await runOnce('redis');
    const perProcess = await runOnce('local');
    const limit = options.requestsPerSecond + options.burst;
    const total = options.processes * options.callsPerProcess;
    const failures: string[] = [];
    // Redis hands out slots 1/rate apart; a start can still come a few ms after its slot (the
    // reply's trip, a busy event loop), so a sliding second may hold one start more than the rate.
    if (shared.maxGrantedPerSecond > limit)
      failures.push(`redis limiter: it granted ${shared.maxGrantedPerSecond} takes in one second, more than ${limit}`);
    if (options.judgeArrivals && shared.maxPerSecond > limit)
      failures.push(
        `redis limiter: ${shared.maxPerSecond} arrivals in one second through one Redis limiter, more than ${limit}`,
      );
    if (shared.arrivals !== total || shared.outcomes['status 100'] !== total)
      failures.push(
        `redis limiter: ${total} calls through Redis ended ${JSON.stringify(shared.outcomes)} with ${shared.arrivals} arrivals`,
      );
    if (perProcess.maxGrantedPerSecond <= options.requestsPerSecond)
      failures.push(
        `redis limiter: the per-process control granted only ${perProcess.maxGrantedPerSecond} per second, so the measurement cannot see an excess`,
      );
    return { shared, perProcess, failures };
  } finally {
    await server.close();
    await redis.close();
  }
}
