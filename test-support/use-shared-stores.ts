import { afterAll } from 'vitest';
import {
  createRedisMockStore,
  type RedisMockStore,
  type RedisMockStoreOptions,
} from '../src/redis/create-redis-mock-store.js';
import type { RedisServer } from './start-redis-server.js';

/** Stores opened by one call, with the prefix they share. */
export type SharedStores = RedisMockStore[] & { prefix: string };

/**
 * Opens stores on the test Redis; the ones made by one call share a prefix of their own (like
 * mock processes sharing Redis), under `name`. Every store is closed after the file's tests.
 */
export function useSharedStores(
  server: { readonly current: RedisServer },
  name: string,
  defaults: Partial<RedisMockStoreOptions> = {},
) {
  const opened: RedisMockStore[] = [];
  let prefixes = 0;
  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close()));
  });
  return async (count: number, options: Partial<RedisMockStoreOptions> = {}): Promise<SharedStores> => {
    const prefix = `${name}:${++prefixes}:`;
    const stores = await Promise.all(
      Array.from({ length: count }, () =>
        createRedisMockStore({ url: server.current.url, prefix, ...defaults, ...options }),
      ),
    );
    opened.push(...stores);
    return Object.assign(stores, { prefix });
  };
}
