/**
 * One client process of the shared-limit check (run-redis-limiter.ts): the real client, limited
 * by a Redis limiter (`mode: 'redis'`) or by its own per-process bucket (`mode: 'local'`),
 * sending `calls` createSession calls, `concurrency` at a time, once the parent says `go`. Its
 * options come as JSON in argv[2]; it replies `ready`, then `done` with what its calls ended in.
 */
import { abortableSleep } from '../src/client/abortable-sleep.js';
import { createSessionClient } from '../src/client/create-session-client.js';
import { isIngoSessionError } from '../src/errors/ingo-session-error.js';
import { createTokenBucketLimiter } from '../src/rate-limit/create-rate-limiter.js';
import { createRedisRateLimiter } from '../src/redis/create-redis-rate-limiter.js';
import { countBy } from './count-by.js';
import { makeSessionBody, reliabilityCredentials } from './reliability-fixtures.js';
import { runBounded } from './run-bounded.js';

/** What the parent passes. */
export interface LimiterChildOptions {
  mode: 'redis' | 'local';
  redisUrl: string;
  key: string;
  mockUrl: string;
  calls: number;
  concurrency: number;
  requestsPerSecond: number;
  burst: number;
  name: string;
}

/** Messages from the child. */
export type LimiterChildReply =
  { type: 'ready' } | { type: 'done'; outcomes: Record<string, number>; grantedAt: number[] };

const options = JSON.parse(process.argv[2] ?? '{}') as LimiterChildOptions;
const { requestsPerSecond, burst } = options;
const redisLimiter =
  options.mode === 'redis'
    ? await createRedisRateLimiter({ url: options.redisUrl, key: options.key, requestsPerSecond, burst })
    : undefined;
// 'local' is the client's default limiter, made here only so that its takes can be recorded too.
const limiter =
  redisLimiter ??
  createTokenBucketLimiter({ requestsPerSecond, burst, nowMs: () => performance.now(), sleep: abortableSleep });
// When each take was granted, on the wall clock every process shares: when the limiter let the
// attempt go, before the delays (this process's, the network's, the server's) that the server's
// count adds.
const grantedAt: number[] = [];
const recording = {
  take: async (signal?: AbortSignal) => void (await limiter.take(signal), grantedAt.push(Date.now())),
};
const client = createSessionClient({
  ...reliabilityCredentials,
  baseUrl: options.mockUrl,
  rateLimit: recording,
  retries: 0,
});

process.once('message', async () => {
  const outcomes = await runBounded(options.calls, options.concurrency, async (index) => {
    try {
      const result = await client.createSession(makeSessionBody(`${options.name}-${index}`));
      return result.data ? `status ${result.data.status}` : result.error.name;
    } catch (error) {
      return isIngoSessionError(error) ? error.name : 'untyped';
    }
  });
  await redisLimiter?.close();
  process.send!({ type: 'done', outcomes: countBy(outcomes), grantedAt } satisfies LimiterChildReply, () =>
    process.exit(0),
  );
});
process.on('disconnect', () => process.exit(1));
process.send!({ type: 'ready' } satisfies LimiterChildReply);
