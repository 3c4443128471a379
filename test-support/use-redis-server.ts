import { afterAll, beforeAll, beforeEach } from 'vitest';
import { needs, redisServer } from './system-requirements.js';
import { startRedisServer, type RedisServer } from './start-redis-server.js';

/**
 * Starts one redis-server for the calling test file (or describe block) and stops it after. When
 * redis-server is not installed, its tests are skipped with one line saying so, or fail under
 * INGO_REQUIRE_SERVICES=1 (CI); when it does not start, they fail with the reason. Read `.current`
 * inside tests.
 */
export function useRedisServer(): { readonly current: RedisServer } {
  const installed = needs(redisServer());
  let server: RedisServer | undefined;
  let failure: unknown;
  beforeAll(async () => {
    if (!installed) return;
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
