import type { Redis } from 'ioredis';
import { gcraScript, gcraScriptSha } from './gcra-script.js';

/**
 * Reserves one token of the bucket at `key` in Redis and resolves to the wait in ms before using
 * it. EVALSHA first (the script is not re-sent on every call); EVAL when Redis does not know the
 * script yet (a fresh or restarted server answers NOSCRIPT), which also caches it there.
 */
export async function reserveRedisToken(client: Redis, key: string, intervalMs: number, burst: number): Promise<number> {
  const args = [key, String(intervalMs), String(burst)] as const;
  let reply: unknown;
  try {
    reply = await client.evalsha(gcraScriptSha, 1, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
    reply = await client.eval(gcraScript, 1, ...args);
  }
  const waitMs = Number(reply);
  if (!Number.isFinite(waitMs) || waitMs < 0) throw new Error(`the rate-limit script answered ${JSON.stringify(reply)}, not a wait in ms`);
  return waitMs;
}
