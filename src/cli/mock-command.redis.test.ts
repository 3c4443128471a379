import { describe, expect, test } from 'vitest';
import { endpointUrl, minimalBody, signedInit } from '../mock/test-helpers/mock-test-kit.js';
import { useRedisServer } from '../redis/test-helpers/use-redis-server.js';
import type { CliIo } from './cli-io.js';
import { runMockCommand } from './mock-command.js';

const redis = useRedisServer();

/** Runs `ingo-session mock` in process until `stop()`; `url` resolves once it prints where it listens. */
function runInProcess(args: string[]) {
  const out = { stdout: '', stderr: '' };
  let announce!: (url: string) => void;
  const url = new Promise<string>((resolve) => (announce = resolve));
  let stop!: () => void;
  const untilStopped = new Promise<void>((resolve) => (stop = resolve));
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
      const match = /listening on (http:\/\/\S+)/.exec(out.stdout);
      if (match) announce(match[1]!);
    },
    stderr: (text) => void (out.stderr += text),
    env: {},
    cwd: process.cwd(),
  };
  return { out, url, stop, exit: runMockCommand(args, io, { untilStopped }) };
}

async function post(url: string, idempotencyKey: string) {
  const init = signedInit(minimalBody, { now: Date.now(), headers: { 'Idempotency-Key': idempotencyKey } });
  const response = await fetch(endpointUrl(url), { ...init, signal: AbortSignal.timeout(5000) });
  return (await response.json()) as { status: number; data?: { session_identifier: string } };
}

describe('ingo-session mock --store redis://', () => {
  test('two mocks on one Redis share Idempotency-Keys: the second replays the session the first created', async () => {
    const [a, b] = [runInProcess(['--port', '0', '--store', redis.current.url]), runInProcess(['--port', '0', '--store', redis.current.url])];
    const [urlA, urlB] = await Promise.all([a.url, b.url]);
    try {
      const created = await post(urlA, 'cli-key-1');
      const replayed = await post(urlB, 'cli-key-1');
      expect(created.status).toBe(100);
      expect(replayed.status).toBe(101);
      expect(replayed.data?.session_identifier).toBe(created.data?.session_identifier);
    } finally {
      a.stop();
      b.stop();
    }
    expect(await Promise.all([a.exit, b.exit])).toEqual([0, 0]);
  });

  test('a store that is not Redis is a usage error (2); an unreachable Redis cannot start (1), without its password', async () => {
    const wrong = runInProcess(['--port', '0', '--store', 'memcached://127.0.0.1:11211']);
    expect(await wrong.exit).toBe(2);
    expect(wrong.out.stderr).toMatch(/--store must be a redis:\/\/ or rediss:\/\/ URL/);
    const down = runInProcess(['--port', '0', '--store', 'redis://:pw-Zq8vX3@127.0.0.1:1']);
    expect(await down.exit).toBe(1);
    expect(down.out.stderr).toMatch(/cannot reach the store at redis:\/\/127\.0\.0\.1:1/);
    expect(down.out.stderr).not.toContain('pw-Zq8vX3');
  });
});
