import { Redis } from 'ioredis';
import { afterAll, describe, expect, test } from 'vitest';
import { createSessionClient } from '../client/create-session-client.js';
import { createFakeIngo, minimalBody, testClientOptions } from '../../test-support/fake-ingo.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import {
  createRedisRateLimiter,
  type RedisRateLimiter,
  type RedisRateLimiterOptions,
} from './create-redis-rate-limiter.js';
import { RateLimiterUnavailableError } from './rate-limiter-unavailable-error.js';
import { useRedisServer } from '../../test-support/use-redis-server.js';

const server = useRedisServer();
const opened: RedisRateLimiter[] = [];
let keys = 0;

afterAll(async () => {
  await Promise.all(opened.map((limiter) => limiter.close()));
});

/** A limiter on the test Redis with a key of its own (unless given), closed after the file. */
async function limiterFor(options: Partial<RedisRateLimiterOptions> = {}): Promise<RedisRateLimiter> {
  const limiter = await createRedisRateLimiter({ url: server.current.url, key: `test:${++keys}`, ...options });
  opened.push(limiter);
  return limiter;
}

/** A sleep that only records what it was asked to wait. */
function recordSleeps() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

/**
 * Takes `count` times, and returns how long after the start of the first take each take had come
 * back (ms, this process's clock). A reservation is made on the Redis clock somewhere inside its
 * take, so `elapsed[k]` bounds how far the (k+1)th reservation came after the first: waits are
 * checked against it rather than against a fixed allowance that a loaded machine can overrun.
 */
async function takeTimed(limiter: RedisRateLimiter, count: number): Promise<number[]> {
  const started = performance.now();
  const elapsed: number[] = [];
  for (let i = 0; i < count; i++) {
    await limiter.take();
    elapsed.push(performance.now() - started);
  }
  return elapsed;
}

/** Runs `during` with the file's Redis stopped, and starts it again whatever happens. */
async function whileRedisIsDown<T>(during: () => Promise<T>): Promise<T> {
  await server.current.stop();
  try {
    return await during();
  } finally {
    await server.current.start();
  }
}

/** Takes until the limiter has warned `count` times (it notices Redis is back on a take). */
async function takeUntilWarned(limiter: RedisRateLimiter, warnings: string[], count: number): Promise<void> {
  for (let i = 0; i < 100 && warnings.length < count; i++) {
    await limiter.take();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function waitForRedis(limiter: RedisRateLimiter): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      return await limiter.take();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('the limiter did not reconnect within 10 s');
}

describe('the bucket in Redis', () => {
  // The sleeps below only record their waits, so the takes follow each other as fast as Redis
  // answers; a slow interval (1 s) keeps a loaded machine's round trips far below one slot.
  test('spaces takes at the rate, on the Redis clock, as the per-process bucket does', async () => {
    const { waits, sleep } = recordSleeps();
    const limiter = await limiterFor({ requestsPerSecond: 1, sleep });
    const elapsed = await takeTimed(limiter, 6);
    // Take k+1 waits for slot k, less the time its reservation came after the first one; the wait
    // is rounded up to whole ms, plus one, so that an early timer cannot start before the slot.
    expect(waits).toHaveLength(5);
    waits.forEach((wait, i) => expect(wait).toBeGreaterThanOrEqual(1000 * (i + 1) - elapsed[i + 1]!));
    waits.forEach((wait, i) => expect(wait).toBeLessThanOrEqual(1000 * (i + 1) + 1));
  });

  test('a burst lets that many go at once, then paces', async () => {
    const { waits, sleep } = recordSleeps();
    const limiter = await limiterFor({ requestsPerSecond: 1, burst: 3, sleep });
    const elapsed = await takeTimed(limiter, 4);
    // Three at once (no wait recorded); the fourth waits for the first token to come back, one
    // interval after the first take, less the time it took the four to be reserved.
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1000 - elapsed[3]!);
    expect(waits[0]).toBeLessThanOrEqual(1001);
  });

  test('three connections taking at once share one budget: every slot is distinct (no read-then-write race)', async () => {
    const { waits, sleep } = recordSleeps();
    const key = `test:shared:${++keys}`;
    const limiters = await Promise.all([1, 2, 3].map(() => limiterFor({ key, requestsPerSecond: 1, sleep })));
    const started = performance.now();
    await Promise.all(limiters.flatMap((limiter) => Array.from({ length: 10 }, () => limiter.take())));
    const spread = performance.now() - started;
    // 30 takes: one went at once, the other 29 were given slots 1 s apart on the Redis clock. Two
    // neighbouring waits differ by the interval less the time between their reservations, which
    // all fell within `spread` (less one ms of rounding); a race (two takes given one slot) would
    // make a difference near 0. The spread is bounded so that the check stays meaningful.
    expect(spread).toBeLessThan(900);
    const slots = [0, ...waits].sort((a, b) => a - b);
    expect(slots).toHaveLength(30);
    for (let i = 1; i < slots.length; i++) expect(slots[i]! - slots[i - 1]!).toBeGreaterThanOrEqual(999 - spread);
    expect(slots.at(-1)).toBeGreaterThanOrEqual(29 * 1000 - spread);
  });

  test('a take woken long after its slot (a stalled event loop) gives the slot up and takes a fresh one', async () => {
    let now = 0;
    const waits: number[] = [];
    // The first wait overruns by 600 ms (beyond half the 1 s interval), as if the event loop had
    // stalled; the others are punctual.
    const sleep = async (ms: number) => void (waits.push(ms), (now += ms + (waits.length === 1 ? 600 : 0)));
    const limiter = await limiterFor({ requestsPerSecond: 1, sleep, nowMs: () => now });
    const elapsed = await takeTimed(limiter, 2);
    // The late slot (about 1 s) is dropped; the take goes at the next one (about 2 s), both less
    // the real time the reservations came after the first take.
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(1000 - elapsed[1]!);
    expect(waits[0]).toBeLessThanOrEqual(1001);
    // Each wait is rounded up separately: their difference may lose one ms.
    expect(waits[1]! - waits[0]!).toBeGreaterThanOrEqual(999 - elapsed[1]!);
    expect(waits[1]! - waits[0]!).toBeLessThanOrEqual(1001);
  });

  test('different keys are different budgets', async () => {
    const { waits, sleep } = recordSleeps();
    const [a, b] = [await limiterFor({ sleep }), await limiterFor({ sleep })];
    await Promise.all([a.take(), b.take()]);
    expect(waits).toEqual([]);
  });

  test('waits on the real clock and the client takes once per attempt', async () => {
    const key = `test:client:${++keys}`;
    const [first, second] = [
      await limiterFor({ key, requestsPerSecond: 20 }),
      await limiterFor({ key, requestsPerSecond: 20 }),
    ];
    const ingo = createFakeIngo();
    const clients = [first, second].map((limiter) =>
      createSessionClient(testClientOptions({ fetch: ingo.fetch, rateLimit: limiter })),
    );
    const started = performance.now();
    await Promise.all(clients.flatMap((client) => Array.from({ length: 5 }, () => client.createSession(minimalBody))));
    // Ten calls from two clients at 20/s: nine intervals of 50 ms.
    expect(performance.now() - started).toBeGreaterThan(400);
    expect(ingo.seen).toHaveLength(10);
  });

  test('a Redis that forgot the script (SCRIPT FLUSH, a restart) is sent it again', async () => {
    const limiter = await limiterFor();
    await limiter.take();
    const admin = new Redis(server.current.url);
    await admin.script('FLUSH');
    admin.disconnect();
    await expect(limiter.take()).resolves.toBeUndefined();
  });

  test('a client passed in is used and left open by close()', async () => {
    const client = new Redis(server.current.url);
    const limiter = await createRedisRateLimiter({ client, key: `test:own:${++keys}` });
    await limiter.take();
    await limiter.close();
    expect(await client.ping()).toBe('PONG');
    await expect(limiter.take()).rejects.toThrow(/take\(\) after close\(\)/);
    client.disconnect();
  });
});

describe('options are checked', () => {
  test.each([
    [{ url: 'redis://127.0.0.1:1', client: {} as Redis }, /exactly one of `url`/],
    [{}, /exactly one of `url`/],
    [{ url: 'http://127.0.0.1:6379' }, /`url` must be a redis:\/\//],
    [{ url: 'redis://127.0.0.1:1', burst: 0 }, /`burst`/],
    [{ url: 'redis://127.0.0.1:1', requestsPerSecond: Number.NaN }, /`requestsPerSecond`/],
    [{ url: 'redis://127.0.0.1:1', key: '' }, /`key`/],
    [{ url: 'redis://127.0.0.1:1', onUnavailable: 'ignore' as 'fail' }, /`onUnavailable`/],
  ])('%o', async (options, message) => {
    await expect(createRedisRateLimiter(options)).rejects.toThrow(ConfigurationError);
    await expect(createRedisRateLimiter(options)).rejects.toThrow(message);
  });
});

// These stop and restart the file's Redis: they run last, one after the other.
describe('when Redis is unreachable', () => {
  test('by default nothing can be created, with a typed error naming the address and not the password', async () => {
    const error = await createRedisRateLimiter({ url: 'redis://:pa55-Zq8vX3@127.0.0.1:1' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(RateLimiterUnavailableError);
    expect(String((error as Error).message)).toMatch(/redis:\/\/127\.0\.0\.1:1.*could not be checked/);
    expect(String((error as Error).message)).not.toContain('pa55-Zq8vX3');
  });

  test("'fail' (the default): Redis stopped mid-run fails the call with RateLimiterUnavailableError, sends nothing, and recovers", async () => {
    const limiter = await limiterFor();
    const ingo = createFakeIngo();
    const client = createSessionClient(testClientOptions({ fetch: ingo.fetch, rateLimit: limiter }));
    expect((await client.createSession(minimalBody)).data?.status).toBe(100);
    await whileRedisIsDown(async () => {
      const started = performance.now();
      const error = await client.createSession(minimalBody).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RateLimiterUnavailableError);
      expect((error as Error).message).toContain(server.current.url);
      expect(performance.now() - started).toBeLessThan(1_500);
      expect(ingo.seen).toHaveLength(1);
    });
    await waitForRedis(limiter);
    expect((await client.createSession(minimalBody)).data?.status).toBe(100);
  });

  test("'local': Redis stopped mid-run falls back to the per-process bucket with one warning, and back again", async () => {
    const warnings: string[] = [];
    const { waits, sleep } = recordSleeps();
    const limiter = await limiterFor({
      onUnavailable: 'local',
      warn: (message) => warnings.push(message),
      sleep,
      nowMs: () => 0,
    });
    await limiter.take();
    await whileRedisIsDown(async () => {
      for (let i = 0; i < 3; i++) await limiter.take();
      // The local bucket on a clock that stands still: the second and third wait a slot each.
      expect(waits).toEqual([200, 400]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/unavailable .*limiting this process alone to 5\/s/);
    });
    await takeUntilWarned(limiter, warnings, 2);
    expect(warnings[1]).toMatch(/answers again/);
  });

  test("'local' starts even when Redis is down at creation, warns on the first take, and uses Redis once it is up", async () => {
    const warnings: string[] = [];
    const limiter = await whileRedisIsDown(async () => {
      const created = await limiterFor({ onUnavailable: 'local', warn: (message) => warnings.push(message) });
      await created.take();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/unavailable \(not connected/);
      return created;
    });
    await takeUntilWarned(limiter, warnings, 2);
    expect(warnings[1]).toMatch(/answers again/);
  });
});
