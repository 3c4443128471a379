import { isConfigurationError, type MockStore } from '../src/index.js';
import { usageError } from './cli-exit-codes.js';
import type { CliIo } from './cli-io.js';

/**
 * Connects the `--store` given. Only Redis is known; `ingo-session/redis` (and so ioredis, an
 * optional peer dependency) is loaded only here, so the mock runs without it otherwise.
 */
export async function openMockStore(
  url: string,
  maxStoreBytes: number | undefined,
  io: CliIo,
): Promise<(MockStore & { close(): Promise<void> }) | 'failed'> {
  if (!/^rediss?:\/\//i.test(url))
    throw usageError(`--store must be a redis:// or rediss:// URL, not "${url.replace(/\/\/[^/@]*@/, '//')}"`);
  let redis;
  try {
    redis = await import('../src/redis/index.js');
  } catch (error) {
    io.stderr(
      `ingo-session mock: --store needs the optional package ioredis (npm install ioredis): ${(error as Error).message}\n`,
    );
    return 'failed' as const;
  }
  try {
    return await redis.createRedisMockStore({
      url,
      ...(maxStoreBytes === undefined ? {} : { maxBytes: maxStoreBytes }),
    });
  } catch (error) {
    if (isConfigurationError(error)) throw error;
    io.stderr(
      `ingo-session mock: cannot reach the store at ${url.replace(/\/\/[^/@]*@/, '//')}: ${(error as Error).message}\n`,
    );
    return 'failed' as const;
  }
}
