import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { startMock } from '../src/mock/start-mock.js';
import { useRedisServer } from '../test-support/use-redis-server.js';
import { endpointUrl, minimalBody, signedInit } from '../test-support/mock-test-kit.js';
import { runMockInProcess } from '../test-support/run-mock-in-process.js';

async function post(url: string, credentials = { username: 'test', secret: 'test-secret' }) {
  const response = await fetch(endpointUrl(url), {
    ...signedInit(minimalBody, { now: Date.now(), credentials }),
    signal: AbortSignal.timeout(5000),
  });
  return { status: response.status, envelope: (await response.json()) as { status: number } };
}

describe('ingo-session mock', () => {
  test('without credentials it accepts the default test credentials and says so', async () => {
    const run = runMockInProcess(['--port', '0']);
    const url = await run.url;
    expect((await post(url)).status).toBe(200);
    run.stop();
    expect(await run.exit).toBe(0);
    expect(run.out.stderr).toMatch(/no credentials given; accepting the public test credentials \(username "test"/);
    expect(run.out.stdout + run.out.stderr).not.toContain('test-secret');
  });

  test('--username and --secret replace them, and the secret is never printed', async () => {
    const run = runMockInProcess(['--port', '0', '--username', 'alice', '--secret', 's3cr3t-value', '--verbose']);
    const url = await run.url;
    expect((await post(url, { username: 'alice', secret: 's3cr3t-value' })).status).toBe(200);
    expect((await post(url)).status).toBe(401);
    run.stop();
    expect(await run.exit).toBe(0);
    expect(run.out.stderr).toContain('"type":"verification_failed"');
    expect(run.out.stdout + run.out.stderr).not.toContain('s3cr3t-value');
  });

  test('--explain puts the diagnosis into 401 answers, --verbose beside it logs it; neither alone explains', async () => {
    for (const flags of [['--explain', '--verbose'], ['--verbose'], []]) {
      const run = runMockInProcess(['--port', '0', ...flags]);
      const url = await run.url;
      const init = signedInit(minimalBody, { now: Date.now() - 3_600_000 });
      const response = await fetch(endpointUrl(url), { ...init, signal: AbortSignal.timeout(5000) });
      const explained = flags.includes('--explain');
      expect(response.status).toBe(401);
      expect(response.headers.get('x-ingo-explain'), flags.join(' ')).toBe(explained ? 'clock_skew' : null);
      // Signed an hour ago (give or take the seconds a loaded machine takes to answer).
      expect(
        /Explained: clock_skew: X-Date is 1 h (\d+ s )?behind/.test(
          ((await response.json()) as { client_message: string }).client_message,
        ),
        flags.join(' '),
      ).toBe(explained);
      run.stop();
      await run.exit;
      expect(run.out.stderr.includes('"diagnoses":[{"code":"clock_skew"'), flags.join(' ')).toBe(explained);
      expect(run.out.stdout + run.out.stderr).not.toContain('test-secret');
    }
  });

  test('INGO_USERNAME and INGO_SECRET are the defaults', async () => {
    const run = runMockInProcess(['--port', '0', '--seed', '4'], {
      INGO_USERNAME: 'env-user',
      INGO_SECRET: 'env-secret',
    });
    const url = await run.url;
    expect((await post(url, { username: 'env-user', secret: 'env-secret' })).status).toBe(200);
    run.stop();
    await run.exit;
    expect(run.out.stderr).not.toContain('no credentials given');
  });

  test('fault flags reach the mock', async () => {
    const run = runMockInProcess(['--port', '0', '--fail-rate', '1']);
    const url = await run.url;
    expect(await post(url)).toMatchObject({ status: 503, envelope: { status: 503 } });
    run.stop();
    await run.exit;
  });

  test.each([
    [['--port', 'x']],
    [['--port', '70000']],
    [['--fail-rate', '2']],
    [['--username', 'only-a-name']],
    [['--bogus']],
  ])('%j is a usage error (exit 2)', async (args) => {
    const run = runMockInProcess(['--port', '0', ...args]);
    expect(await run.exit).toBe(2);
    expect(run.out.stderr).toMatch(/^ingo-session mock: /);
  });

  test('--help prints the usage', async () => {
    const run = runMockInProcess(['--help']);
    expect(await run.exit).toBe(0);
    expect(run.out.stdout).toMatch(/usage: ingo-session mock/);
  });

  test('a taken port is exit 1', async () => {
    const other = await startMock();
    try {
      const run = runMockInProcess(['--port', new URL(other.url).port]);
      expect(await run.exit).toBe(1);
      expect(run.out.stderr).toMatch(/cannot listen/);
    } finally {
      await other.close();
    }
  });

  test('as a process: prints its URL, serves, and exits 0 on SIGTERM', async () => {
    const root = fileURLToPath(new URL('../', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'mock', '--port', '0'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stdout = '';
        child.stdout.on('data', (data: Buffer) => {
          stdout += data.toString();
          const match = /listening on (http:\/\/\S+)/.exec(stdout);
          if (match) resolve(match[1]!);
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
      });
      expect((await post(url)).status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

describe('ingo-session mock --store redis://', () => {
  // Scoped to this block: without redis-server only these tests fail, saying why.
  const redis = useRedisServer();
  const postWithKey = async (url: string, idempotencyKey: string) => {
    const init = signedInit(minimalBody, { now: Date.now(), headers: { 'Idempotency-Key': idempotencyKey } });
    return (await (await fetch(endpointUrl(url), { ...init, signal: AbortSignal.timeout(5000) })).json()) as {
      status: number;
      data?: { session_identifier: string };
    };
  };

  test('two mocks on one Redis share Idempotency-Keys: the second replays the session the first created', async () => {
    const [a, b] = [
      runMockInProcess(['--port', '0', '--store', redis.current.url]),
      runMockInProcess(['--port', '0', '--store', redis.current.url]),
    ];
    try {
      const [urlA, urlB] = await Promise.all([a.url, b.url]);
      const created = await postWithKey(urlA, 'cli-key-1');
      const replayed = await postWithKey(urlB, 'cli-key-1');
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
    const wrong = runMockInProcess(['--port', '0', '--store', 'memcached://127.0.0.1:11211']);
    expect(await wrong.exit).toBe(2);
    expect(wrong.out.stderr).toMatch(/--store must be a redis:\/\/ or rediss:\/\/ URL/);
    const down = runMockInProcess(['--port', '0', '--store', 'redis://:pw-Zq8vX3@127.0.0.1:1']);
    expect(await down.exit).toBe(1);
    expect(down.out.stderr).toMatch(/cannot reach the store at redis:\/\/127\.0\.0\.1:1/);
    expect(down.out.stderr).not.toContain('pw-Zq8vX3');
  });
});
