/**
 * A mock process on a shared Redis store, for the tests that kill one mid-request: started with
 * `node --import tsx redis-mock-child.ts <redis url> <prefix> <leaseMs>`, it holds every request
 * for 60 s (latency fault), so that its key stays in flight, and prints its URL on stdout.
 */
import { startMock } from '../src/mock/start-mock.js';
import { createRedisMockStore } from '../src/redis/create-redis-mock-store.js';

export const childCredentials = { username: 'lease-user', secret: 'lease-secret-0123456789' };

const [url, prefix, leaseMs] = process.argv.slice(2);
if (url !== undefined) {
  const store = await createRedisMockStore({ url, prefix, leaseMs: Number(leaseMs) });
  const mock = await startMock({ credentials: childCredentials, store, faults: { latencyMs: 60_000 } });
  process.stdout.write(`${mock.url}\n`);
}
