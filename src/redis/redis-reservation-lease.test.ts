import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { describe, expect, test } from 'vitest';
import { createSessionClient } from '../client/create-session-client.js';
import { minimalBody } from '../../test-support/fake-ingo.js';
import type { MockSession } from '../mock/mock-store.js';
import { startMock } from '../mock/start-mock.js';
import { createRedisMockStore } from './create-redis-mock-store.js';
import { childCredentials } from '../../test-support/redis-mock-child.js';
import { useRedisServer } from '../../test-support/use-redis-server.js';
import { useSharedStores } from '../../test-support/use-shared-stores.js';

const server = useRedisServer();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sharedStores = useSharedStores(server, 'lease', { maxWaitMs: 5_000 });

const session = (id: string, key: string): MockSession => ({
  session_identifier: id,
  participant_unique_id1: 'p1',
  participant_unique_id2: '',
  username: 'u',
  createdAt: 0,
  bodyDigest: 'd',
  idempotencyKey: key,
});

describe('reservations in a shared Redis live for a lease their process renews', () => {
  test("a dead process's reservation lapses after the lease, and stats forget it; a live one is renewed past it", async () => {
    const [dead, other] = await sharedStores(2, { leaseMs: 300 });
    expect(await dead!.claimKey('u', 'k', 'd', 0)).toEqual({ state: 'reserved' });
    await dead!.close(); // stops renewing, as a killed process would, without releasing
    expect(await other!.claimKey('u', 'k', 'd', 0)).toMatchObject({ state: 'in_flight' });
    expect((await other!.stats(0)).inFlightKeys).toBe(1);
    await sleep(600);
    expect((await other!.stats(0)).inFlightKeys).toBe(0);
    expect(await other!.claimKey('u', 'k', 'd', 0)).toEqual({ state: 'reserved' });

    const [holder, waiter] = await sharedStores(2, { leaseMs: 300 });
    await holder!.claimKey('u', 'k', 'd', 0);
    await sleep(1_000); // more than three leases: kept only because the holder renews it
    const waiting = await waiter!.claimKey('u', 'k', 'd', 0);
    expect(waiting).toMatchObject({ state: 'in_flight' });
    await holder!.saveSession(session('s1', 'k'));
    await expect(waiting.state === 'in_flight' && waiting.settled).resolves.toMatchObject({ session_identifier: 's1' });
    expect(await waiter!.claimKey('u', 'k', 'd', 0)).toMatchObject({
      state: 'committed',
      session: { session_identifier: 's1' },
    });
  });

  test('a commit whose reservation lapsed and was taken over saves nothing and throws; the new holder commits', async () => {
    const stores = await sharedStores(2, { leaseMs: 30_000 });
    const [late, next] = stores;
    await late!.claimKey('u', 'k', 'd', 0);
    const raw = new Redis(server.current.url);
    try {
      await raw.pexpire(`${stores.prefix}k:1:uk`, 1); // the lease lapses (a renewal lost to a long Redis outage, say)
      await sleep(20);
    } finally {
      raw.disconnect();
    }
    expect(await next!.claimKey('u', 'k', 'd', 0)).toEqual({ state: 'reserved' });
    await expect(late!.saveSession(session('s-late', 'k'))).rejects.toThrow(
      /reservation of this Idempotency-Key lapsed/,
    );
    expect(await next!.getSession('s-late', 0)).toBeUndefined();
    await next!.saveSession(session('s-next', 'k'));
    expect(await late!.claimKey('u', 'k', 'd', 0)).toMatchObject({
      state: 'committed',
      session: { session_identifier: 's-next' },
    });
  });

  test('a mock process killed mid-request: a retry on another mock is served once the lease lapses, not after the 2 h window', async () => {
    const prefix = 'lease:killed:';
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('../../test-support/redis-mock-child.ts', import.meta.url)),
        server.current.url,
        prefix,
        '400',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const raw = new Redis(server.current.url);
    try {
      const childUrl = await new Promise<string>((resolve, reject) => {
        child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
        child.once('exit', (code) => reject(new Error(`the mock child exited (${code}) before listening`)));
      });
      const first = createSessionClient({
        ...childCredentials,
        baseUrl: childUrl,
        rateLimit: false,
        retries: 0,
        timeoutMs: 60_000,
      });
      const abandoned = first
        .createSession(minimalBody, { idempotencyKey: 'killed-key' })
        .catch((error: unknown) => error);
      while ((await raw.hlen(`${prefix}inflight`)) === 0) await sleep(10); // the child holds the key
      child.kill('SIGKILL');
      await abandoned;

      const store = await createRedisMockStore({ url: server.current.url, prefix, maxWaitMs: 5_000 });
      const mock = await startMock({ credentials: childCredentials, store });
      try {
        const retry = createSessionClient({
          ...childCredentials,
          baseUrl: mock.url,
          rateLimit: false,
          retries: 5,
          timeoutMs: 10_000,
        });
        const started = performance.now();
        const served = await retry.createSession(minimalBody, { idempotencyKey: 'killed-key' });
        expect(served.data?.status).toBe(100);
        expect(performance.now() - started).toBeLessThan(10_000);
        expect((await retry.createSession(minimalBody, { idempotencyKey: 'killed-key' })).data?.status).toBe(101);
      } finally {
        await mock.close();
      }
    } finally {
      child.kill('SIGKILL');
      raw.disconnect();
    }
  }, 30_000);
});
