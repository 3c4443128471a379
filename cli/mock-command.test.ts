import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startMock } from '../src/mock/start-mock.js';
import { endpointUrl, FIXED_NOW, minimalBody, signedInit } from '../test-support/mock-test-kit.js';
import { runMockInProcess } from '../test-support/run-mock-in-process.js';

async function post(url: string, credentials = { username: 'test', secret: 'test-secret' }, now = FIXED_NOW) {
  const response = await fetch(endpointUrl(url), {
    ...(await signedInit(minimalBody, { now, credentials })),
    signal: AbortSignal.timeout(5000),
  });
  return { status: response.status, envelope: (await response.json()) as { status: number } };
}

describe('ingo-session mock', () => {
  // The mock in this process reads the clock through Date: faked at FIXED_NOW, at which requests are signed.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(FIXED_NOW);
  });
  afterEach(() => vi.useRealTimers());

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
      const init = await signedInit(minimalBody, { now: FIXED_NOW - 3_600_000 });
      const response = await fetch(endpointUrl(url), { ...init, signal: AbortSignal.timeout(5000) });
      const explained = flags.includes('--explain');
      expect(response.status).toBe(401);
      expect(response.headers.get('x-ingo-explain'), flags.join(' ')).toBe(explained ? 'clock_skew' : null);
      // Signed an hour before the mock's (faked) clock, to the second.
      expect(
        /Explained: clock_skew: X-Date is 1 h behind/.test(
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

  test('--max-keys caps the sessions kept: the oldest key is forgotten', async () => {
    const run = runMockInProcess(['--port', '0', '--max-keys', '1']);
    const url = await run.url;
    const send = async (key: string) => {
      const init = await signedInit(minimalBody, { now: FIXED_NOW, headers: { 'Idempotency-Key': key } });
      const response = await fetch(endpointUrl(url), { ...init, signal: AbortSignal.timeout(5000) });
      return ((await response.json()) as { status: number }).status;
    };
    expect([await send('a'), await send('a'), await send('b'), await send('a')]).toEqual([100, 101, 100, 100]);
    run.stop();
    expect(await run.exit).toBe(0);
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
    [['--max-keys', '0']],
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
    vi.useRealTimers();
    const realNow = Date.now();
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
      // Another process keeps the real clock: the one request here signed at the live time.
      expect((await post(url, undefined, realNow)).status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
