import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startRedisServer, type RedisServer } from './start-redis-server.js';

/**
 * Starts one redis-server for the calling test file and stops it after. When redis-server is
 * missing (or does not start), every test of the file fails with that reason: loudly, never a
 * silent pass or a skip. Read `.current` inside tests.
 */
export function useRedisServer(): { readonly current: RedisServer } {
  let server: RedisServer | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      server = await startRedisServer();
    } catch (error) {
      failure = error;
    }
  });
  beforeEach(() => {
    if (failure !== undefined) throw failure;
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get current() {
      if (server === undefined) throw failure ?? new Error('the Redis server is not started yet');
      return server;
    },
  };
}
