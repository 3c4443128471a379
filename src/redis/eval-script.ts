import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/** A Lua script and its SHA-1, by which Redis caches it. */
export interface RedisScript {
  lua: string;
  sha: string;
}

/** Names a Lua script once, at module load. */
export function defineScript(lua: string): RedisScript {
  return { lua, sha: createHash('sha1').update(lua).digest('hex') };
}

/**
 * Runs a script: EVALSHA first (the script is not re-sent on every call), EVAL when Redis does not
 * know it yet (a fresh or restarted server answers NOSCRIPT), which also caches it there.
 */
export async function evalScript(
  client: Redis,
  { lua, sha }: RedisScript,
  keys: readonly string[],
  args: readonly (string | number)[],
): Promise<unknown> {
  try {
    return await client.evalsha(sha, keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
    return client.eval(lua, keys.length, ...keys, ...args);
  }
}
