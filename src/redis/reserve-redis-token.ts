import type { Redis } from 'ioredis';
import { evalScript } from './eval-script.js';
import { gcraScript } from './gcra-script.js';

/** Reserves one token of the bucket at `key` in Redis and resolves to the wait in ms before using it. */
export async function reserveRedisToken(
  client: Redis,
  key: string,
  intervalMs: number,
  burst: number,
): Promise<number> {
  const reply = await evalScript(client, gcraScript, [key], [String(intervalMs), String(burst)]);
  const waitMs = Number(reply);
  if (!Number.isFinite(waitMs) || waitMs < 0)
    throw new Error(`the rate-limit script answered ${JSON.stringify(reply)}, not a wait in ms`);
  return waitMs;
}
