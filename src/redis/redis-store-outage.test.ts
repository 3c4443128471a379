import { Redis } from 'ioredis';
import { describe, expect, test } from 'vitest';
import { runMockInProcess } from '../../test-support/run-mock-in-process.js';
import { createSessionClient } from '../client/create-session-client.js';
import { minimalBody } from '../../test-support/fake-ingo.js';
import type { MockLogEvent } from '../mock/mock-options.js';
import { startMock } from '../mock/start-mock.js';
import { endpointUrl, minimalBody as minimalBodyText, signedInit } from '../../test-support/mock-test-kit.js';
import { createRedisMockStore } from './create-redis-mock-store.js';
import { useRedisServer } from '../../test-support/use-redis-server.js';

const server = useRedisServer();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Cuts a connection of the test's own (Redis keeps its data) and resolves once it is closed. */
async function cut(client: Redis): Promise<void> {
  const ended = new Promise((resolve) => client.once('end', resolve));
  client.disconnect();
  await ended;
}

describe('a Redis outage under the mock', () => {
  test('a key claimed just before Redis went away is not left in flight: the retry with that key is served at once', async () => {
    // A connection of the test's own, so that it can be cut and restored while Redis keeps its data.
    const client = new Redis(server.current.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
    });
    client.on('error', () => {});
    await client.connect();
    const store = await createRedisMockStore({ client, prefix: 'outage:inflight:' });
    const events: MockLogEvent[] = [];
    // Latency holds the key in flight between its claim and its commit: the connection is cut there.
    const mock = await startMock({ store, faults: { latencyMs: 1_000 }, log: (event) => events.push(event) });
    const post = async () => {
      const init = signedInit(minimalBodyText, { now: Date.now(), headers: { 'Idempotency-Key': 'cut-key' } });
      const response = await fetch(endpointUrl(mock.url), { ...init, signal: AbortSignal.timeout(5_000) });
      return {
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        envelope: (await response.json()) as { status: number },
      };
    };
    try {
      const first = post();
      // Cut once the key is reserved (and so before its commit), however slow the machine.
      while ((await client.hlen('outage:inflight:inflight')) === 0) await sleep(10);
      await cut(client);
      expect(await first).toMatchObject({ status: 503, retryAfter: '1', envelope: { status: 503 } });
      expect(events.filter((event) => event.type === 'store_failed')).toMatchObject([{ operation: 'saveSession' }]);
      await client.connect();
      // The failed release left the reservation in Redis (the data survived the cut connection).
      expect(await client.hlen('outage:inflight:inflight')).toBe(1);
      // Without the take-over this would poll the orphaned reservation for the 60 s maxWaitMs.
      const retried = await post();
      expect(retried).toMatchObject({ status: 200, envelope: { status: 100 } });
      expect((await post()).envelope.status).toBe(101);
      expect(await client.hlen('outage:inflight:inflight')).toBe(0);
    } finally {
      await mock.close();
      client.disconnect();
    }
  });

  test('a reservation left behind by a cut connection is released once Redis answers again, for the other mock processes too', async () => {
    const client = new Redis(server.current.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
    });
    client.on('error', () => {});
    await client.connect();
    const prefix = 'outage:shared:';
    const [a, b] = [
      await createRedisMockStore({ client, prefix }),
      await createRedisMockStore({ url: server.current.url, prefix, maxWaitMs: 200 }),
    ];
    const session = {
      session_identifier: 's1',
      participant_unique_id1: 'p',
      participant_unique_id2: '',
      username: 'u',
      createdAt: 0,
      bodyDigest: 'd',
      idempotencyKey: 'k',
    };
    try {
      expect(await a.claimKey('u', 'k', 'd', 0)).toEqual({ state: 'reserved' });
      await cut(client);
      await expect(a.saveSession(session)).rejects.toThrow();
      await expect(a.releaseKey('u', 'k', new Error('commit failed'))).rejects.toThrow();
      await client.connect();
      // Left in flight in Redis: another process can only wait for it, and gives up.
      const waiting = await b.claimKey('u', 'k', 'd', 0);
      expect(waiting.state).toBe('in_flight');
      await expect(waiting.state === 'in_flight' && waiting.settled).rejects.toThrow(/did not commit within 200 ms/);
      // The next thing process A asks of Redis (any key) releases what it left behind.
      expect(await a.claimKey('u', 'other', 'd', 0)).toEqual({ state: 'reserved' });
      let claim = await b.claimKey('u', 'k', 'd', 0);
      for (let i = 0; i < 100 && claim.state === 'in_flight'; i++) {
        await sleep(20);
        claim = await b.claimKey('u', 'k', 'd', 0);
      }
      expect(claim).toEqual({ state: 'reserved' });
    } finally {
      await Promise.all([a.close(), b.close()]);
      client.disconnect();
    }
  });

  // Stops and restarts the file's Redis: the last test of the file.
  test('ingo-session mock --store: a client call made while redis-server is down succeeds once it is back, retrying 503 under one key', async () => {
    const { out, url: listening, stop, exit } = runMockInProcess(['--port', '0', '--store', server.current.url]);
    try {
      const url = await listening;
      const attempts: { status: number; key: string | null }[] = [];
      const client = createSessionClient({
        username: 'test',
        secret: 'test-secret',
        baseUrl: url,
        rateLimit: false,
        // Retry-After: 1 paces the retries; six of them outlast a restart on a loaded machine.
        retries: { retries: 6 },
        fetch: async (request) => {
          const response = await fetch(request);
          attempts.push({ status: response.status, key: request.headers.get('idempotency-key') });
          return response;
        },
      });
      await server.current.stop();
      let restarted: Promise<void> | undefined;
      try {
        const call = client.createSession(minimalBody);
        restarted = sleep(300).then(() => server.current.start());
        const result = await call;
        expect(result.error).toBeUndefined();
        expect(result.data?.status).toBe(100);
      } finally {
        await (restarted ?? server.current.start());
      }
      expect(attempts.length).toBeGreaterThan(1);
      expect(attempts.slice(0, -1).every((attempt) => attempt.status === 503)).toBe(true);
      expect(attempts.at(-1)?.status).toBe(200);
      expect(new Set(attempts.map((attempt) => attempt.key)).size).toBe(1);
      expect(out.stderr).toMatch(/ingo-session mock: the store failed \(claimKey: [^\n]+\); answered 503\n/);
    } finally {
      stop();
    }
    expect(await exit).toBe(0);
  });
});
