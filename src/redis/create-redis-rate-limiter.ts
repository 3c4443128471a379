import { abortableSleep } from '../client/abortable-sleep.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { redactUrl } from '../errors/ingo-session-error.js';
import { createTokenBucketLimiter } from '../rate-limit/create-rate-limiter.js';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';
import { specLimits } from '../spec/signing-config.js';
import { connectRedis, type RedisConnection, type RedisTarget } from './connect-redis.js';
import { RateLimiterUnavailableError } from './rate-limiter-unavailable-error.js';
import { reserveRedisToken } from './reserve-redis-token.js';

/**
 * What to do when Redis cannot be asked: `'fail'` (the default) rejects `take()` with a
 * RateLimiterUnavailableError, so nothing is sent and the account can never go over its limit;
 * `'local'` warns and limits this process alone with the same numbers until Redis answers again
 * (so N processes may then send up to N times the rate).
 */
export type RedisUnavailablePolicy = 'fail' | 'local';

/** Options of createRedisRateLimiter: where Redis is (`url` or `client`) and the bucket's shape. */
export interface RedisRateLimiterOptions extends RedisTarget {
  /** Sustained rate for the whole account; the spec's `x-ingo-limits.requestsPerSecond` (5) by default. */
  requestsPerSecond?: number;
  /** Requests that may start at once after a quiet spell; 1 by default (no second holds more than the rate). */
  burst?: number;
  /** The Redis key of the bucket; one per Ingo account. `ingo-session:rate-limit` by default. */
  key?: string;
  /** Redis unreachable: fail closed (`'fail'`, default) or fall back to a per-process limit (`'local'`). */
  onUnavailable?: RedisUnavailablePolicy;
  /** How long one Redis call may take before Redis counts as unavailable; 1000 ms by default. */
  commandTimeoutMs?: number;
  /** Where the `'local'` policy says that it falls back and recovers; `console.warn` by default. */
  warn?: (message: string) => void;
  /** Waits for the reserved slot; a timer by default. Rejects with the signal's reason on abort. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Monotonic clock of the per-process fallback, in ms; `performance.now` by default. */
  nowMs?: () => number;
}

/** A limiter shared through Redis; pass it as the client's `rateLimit`. */
export interface RedisRateLimiter extends RateLimiter {
  /** The Redis key of the bucket. */
  readonly key: string;
  /** Closes the connection it opened from `url` (a `client` passed in stays open). Later `take()` calls throw. */
  close(): Promise<void>;
}

/**
 * An account-wide rate limiter: every process that uses the same Redis and `key` shares one
 * token bucket, reserved atomically by a Lua script on the Redis clock (see gcra-script.ts), so
 * three instances together keep to five requests a second as one instance does. Resolves once
 * connected; with `onUnavailable: 'fail'` it rejects with a RateLimiterUnavailableError when
 * Redis cannot be reached at all.
 */
export async function createRedisRateLimiter({
  requestsPerSecond = specLimits.requestsPerSecond,
  burst = 1,
  key = 'ingo-session:rate-limit',
  onUnavailable = 'fail',
  commandTimeoutMs = 1_000,
  warn = (message) => console.warn(message),
  sleep = abortableSleep,
  nowMs = () => performance.now(),
  ...target
}: RedisRateLimiterOptions): Promise<RedisRateLimiter> {
  const what = 'createRedisRateLimiter';
  if (typeof requestsPerSecond !== 'number' || !Number.isFinite(requestsPerSecond) || requestsPerSecond <= 0)
    throw new ConfigurationError(
      `${what}: \`requestsPerSecond\` must be a finite number > 0, got ${requestsPerSecond}`,
    );
  if (!Number.isInteger(burst) || burst < 1)
    throw new ConfigurationError(`${what}: \`burst\` must be a whole number >= 1, got ${burst}`);
  if (typeof key !== 'string' || key === '')
    throw new ConfigurationError(`${what}: \`key\` must be a non-empty string`);
  if (onUnavailable !== 'fail' && onUnavailable !== 'local')
    throw new ConfigurationError(
      `${what}: \`onUnavailable\` must be 'fail' or 'local', got ${JSON.stringify(onUnavailable)}`,
    );
  if (!Number.isFinite(commandTimeoutMs) || commandTimeoutMs <= 0)
    throw new ConfigurationError(`${what}: \`commandTimeoutMs\` must be a finite number > 0, got ${commandTimeoutMs}`);

  const describe = (cause: unknown) =>
    `${connection && connection.client.status !== 'ready' ? `not connected (${connection.client.status}): ` : ''}${cause instanceof Error ? cause.message : String(cause)}`;
  const unavailable = (where: string, cause: unknown, secrets: string[]) =>
    new RateLimiterUnavailableError(
      `the shared rate limit at ${where} (key "${key}") could not be checked, so nothing was sent: ${describe(cause)}`,
      { cause, secrets },
    );
  let connection: RedisConnection | undefined;
  try {
    connection = await connectRedis(what, target, { requireConnection: onUnavailable === 'fail' });
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    // Only a URL gets here (a client passed in is not connected by us); its password is redacted.
    throw unavailable(
      redactUrl(target.url!),
      error,
      [decodeURIComponent(new URL(target.url!).password)].filter(Boolean),
    );
  }
  const { client, where, secrets } = connection;
  const intervalMs = 1000 / requestsPerSecond;
  const local = createTokenBucketLimiter({ requestsPerSecond, burst, nowMs, sleep });
  let fellBack = false;
  let closed = false;

  const askRedis = () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Redis did not answer within ${commandTimeoutMs} ms`)),
        commandTimeoutMs,
      );
    });
    return Promise.race([reserveRedisToken(client, key, intervalMs, burst), timeout]).finally(() =>
      clearTimeout(timer),
    );
  };

  return {
    key,
    async take(signal) {
      if (closed) throw new ConfigurationError(`${what}: take() after close()`);
      for (let attempt = 1; ; attempt++) {
        signal?.throwIfAborted();
        const askedAt = nowMs();
        const waitMs = await reserve(signal);
        if (waitMs === undefined) return;
        // Node's timers may fire up to a millisecond early (they count whole ms of a cached loop
        // clock): rounding up and one ms more keeps each start at or after its slot.
        if (waitMs > 0) await sleep(Math.ceil(waitMs) + 1, signal);
        // A stalled event loop (or a slow reply) can wake us long after the slot, right before the
        // next ones: starting then would bunch requests. Such a slot is given up and a fresh one
        // taken, so that every start is within half an interval of its slot and no second holds
        // more than rate + burst starts. Measured from before the ask, so the reply's trip counts.
        if (nowMs() - askedAt - waitMs <= intervalMs / 2 || attempt === maxAttempts) return;
      }
    },
    async close() {
      closed = true;
      await connection!.close();
    },
  };

  /** A slot from Redis (the wait before it, in ms), or undefined when the local fallback has let the caller through. */
  async function reserve(signal: AbortSignal | undefined): Promise<number | undefined> {
    let waitMs: number;
    try {
      waitMs = await askRedis();
    } catch (error) {
      if (onUnavailable === 'fail') throw unavailable(where, error, secrets);
      if (!fellBack) {
        fellBack = true;
        warn(
          `ingo-session/redis: the shared rate limit at ${where} is unavailable (${describe(error)}); limiting this process alone to ${requestsPerSecond}/s until Redis answers again`,
        );
      }
      await local.take(signal);
      return undefined;
    }
    if (fellBack) {
      fellBack = false;
      warn(`ingo-session/redis: the shared rate limit at ${where} answers again; the account-wide limit applies`);
    }
    return waitMs;
  }
}

/** How many slots one take may give up to a stalled event loop before it goes anyway. */
const maxAttempts = 5;
