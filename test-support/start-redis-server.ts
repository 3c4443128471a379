import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A redis-server this process started on a loopback port, with no persistence. */
export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Stops the server (the port stays reserved for `start`). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty: a Redis that came back after an outage. */
  start(): Promise<void>;
  /** Stops it for good and removes its temporary directory. */
  close(): Promise<void>;
}

/** The redis-server binary: `REDIS_SERVER` or the one on PATH (Debian's package installs /usr/bin/redis-server). */
export function findRedisServer(): string | undefined {
  const candidate = process.env.REDIS_SERVER ?? 'redis-server';
  const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
  return probe.status === 0 && /Redis server v=/.test(probe.stdout) ? candidate : undefined;
}

/**
 * The binary, or an error that says loudly what is missing. Redis tests call this in `beforeAll`,
 * so that a machine without redis-server fails them with this message instead of passing silently.
 */
export function requireRedisServer(): string {
  const binary = findRedisServer();
  if (binary === undefined) {
    throw new Error(
      "redis-server is not installed, so the Redis tests cannot run: install Debian's package (`apt-get install -y redis-server`, as .ci/run does) or set REDIS_SERVER to a redis-server binary",
    );
  }
  return binary;
}

/**
 * Starts `redis-server` on 127.0.0.1 and a free port, with a temporary directory, no RDB snapshots
 * and no AOF, and waits until it accepts connections. Call `close()` when done.
 */
export async function startRedisServer({
  binary = requireRedisServer(),
  readyTimeoutMs = 10_000,
} = {}): Promise<RedisServer> {
  const dir = await mkdtemp(join(tmpdir(), 'ingo-redis-'));
  let port = await findFreePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = await spawnReady(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      readyTimeoutMs,
    );
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  // Another process may take the free port between the probe and the bind: try a few.
  for (let attempt = 1; ; attempt++) {
    try {
      await start();
      break;
    } catch (error) {
      if (attempt === 3) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
      port = await findFreePort();
    }
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    close: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function spawnReady(binary: string, args: string[], readyTimeoutMs: number): Promise<ChildProcess> {
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`redis-server ${why}: ${output.slice(-2000)}`));
    };
    const timer = setTimeout(() => fail(`did not get ready within ${readyTimeoutMs} ms`), readyTimeoutMs);
    const onData = (data: Buffer) => {
      output += data.toString('utf8');
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        child.off('exit', onExit);
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve(child);
      }
    };
    const onExit = (code: number | null) => fail(`exited with ${code} before it was ready`);
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', onExit);
    child.once('error', (error) => fail(`could not start (${error.message})`));
  });
}
