import { Redis } from 'ioredis';
import { ConfigurationError } from '../errors/configuration-error.js';
import { redactUrl } from '../errors/ingo-session-error.js';

/** A Redis connection and whether we opened it (and so close it). */
export interface RedisConnection {
  client: Redis;
  /** True when made from a URL here: `close()` quits it. A client the caller passed is theirs to close. */
  owned: boolean;
  /** The address for messages, without credentials. */
  where: string;
  /** Credentials in the URL, for redaction only. */
  secrets: string[];
  /** Quits an owned connection; leaves a caller's client alone. */
  close(): Promise<void>;
}

/** How to reach Redis: a URL (we connect) or a client the caller made. */
export interface RedisTarget {
  /** `redis://[user:password@]host:port[/db]` or `rediss://…`. */
  url?: string;
  /** An ioredis client of the caller's; it is used as it is and never closed here. */
  client?: Redis;
  /** How long connecting may take before Redis counts as unreachable; 2000 ms by default. */
  connectTimeoutMs?: number;
}

/**
 * Opens (or adopts) a Redis connection set to fail fast: with the offline queue off a command sent
 * while Redis is down is rejected at once instead of waiting for a reconnect, and reconnection
 * goes on in the background (100 ms, 200 ms, … up to 2 s apart) so that Redis coming back is
 * noticed. `what` names the caller in messages. Resolves once connected; rejects with the
 * connection error (the connection then stopped) when `requireConnection`, otherwise leaves it
 * reconnecting.
 */
export async function connectRedis(
  what: string,
  { url, client, connectTimeoutMs = 2_000 }: RedisTarget,
  { requireConnection = true } = {},
): Promise<RedisConnection> {
  if ((url === undefined) === (client === undefined))
    throw new ConfigurationError(`${what}: pass exactly one of \`url\` (redis://…) and \`client\` (an ioredis client)`);
  if (client !== undefined) {
    if (typeof client.evalsha !== 'function')
      throw new ConfigurationError(`${what}: \`client\` must be an ioredis client`);
    const { host, port } = client.options;
    return { client, owned: false, where: `redis://${host}:${port}`, secrets: [], close: async () => {} };
  }
  if (typeof url !== 'string' || !URL.canParse(url) || !/^rediss?:$/.test(new URL(url).protocol)) {
    throw new ConfigurationError(
      `${what}: \`url\` must be a redis:// or rediss:// URL, got "${redactUrl(String(url)).slice(0, 200)}"`,
    );
  }
  const parsed = new URL(url);
  const secrets = [decodeURIComponent(parsed.password)].filter(Boolean);
  const own = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: connectTimeoutMs,
    retryStrategy: (times) => Math.min(times * 100, 2_000),
  });
  // ioredis reports connection trouble as 'error' events; unheard, they would crash the process.
  // Each command that fails also rejects, which is where the limiter and the store handle it.
  own.on('error', () => {});
  const connection: RedisConnection = {
    client: own,
    owned: true,
    where: redactUrl(url),
    secrets,
    close: async () => {
      if (own.status === 'ready') await own.quit().catch(() => own.disconnect());
      else own.disconnect();
    },
  };
  try {
    await own.connect();
  } catch (error) {
    if (requireConnection) {
      own.disconnect();
      throw error;
    }
  }
  return connection;
}
