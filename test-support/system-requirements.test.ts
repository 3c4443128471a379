/**
 * npm test's selection logic with the service hidden: on a machine without redis-server, its tests
 * are skipped with one line saying so, and INGO_REQUIRE_SERVICES=1 (CI) turns that into failures.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decide, redisServer, requireInTest, type SystemRequirement } from './system-requirements.js';

const missing: SystemRequirement = {
  name: 'redis-server',
  found: undefined,
  install: 'apt-get install -y redis-server',
};

describe('decide', () => {
  test('runs what is there, whatever the environment', () => {
    expect(decide({ ...missing, found: 'redis-server' }, {})).toEqual({ action: 'run' });
    expect(decide({ ...missing, found: 'redis-server' }, { INGO_REQUIRE_SERVICES: '1' })).toEqual({ action: 'run' });
  });

  test('skips what is missing, in one line naming it and how to install it', () => {
    expect(decide(missing, {})).toEqual({
      action: 'skip',
      message: 'redis-server is not installed (apt-get install -y redis-server): its tests are skipped',
    });
  });

  test('fails what is missing under INGO_REQUIRE_SERVICES=1', () => {
    expect(decide(missing, { INGO_REQUIRE_SERVICES: '1' })).toEqual({
      action: 'fail',
      message: 'redis-server is not installed (apt-get install -y redis-server); INGO_REQUIRE_SERVICES=1 requires it',
    });
  });
});

test('requireInTest skips one test, or fails it under INGO_REQUIRE_SERVICES=1, or lets it run', () => {
  const notes: (string | undefined)[] = [];
  const context = {
    skip(note?: string): never {
      notes.push(note);
      throw new Error('skipped');
    },
  };
  const saved = process.env.INGO_REQUIRE_SERVICES;
  try {
    delete process.env.INGO_REQUIRE_SERVICES;
    expect(() => requireInTest(context, missing)).toThrow('skipped');
    expect(notes).toEqual(['redis-server is not installed (apt-get install -y redis-server): its tests are skipped']);
    process.env.INGO_REQUIRE_SERVICES = '1';
    expect(() => requireInTest(context, missing)).toThrow('INGO_REQUIRE_SERVICES=1 requires it');
    expect(() => requireInTest(context, { ...missing, found: 'redis-server' })).not.toThrow();
    expect(notes).toHaveLength(1);
  } finally {
    if (saved === undefined) delete process.env.INGO_REQUIRE_SERVICES;
    else process.env.INGO_REQUIRE_SERVICES = saved;
  }
});

describe('redis-server hidden from a real test file', () => {
  const root = fileURLToPath(new URL('../', import.meta.url));
  let emptyPath: string;
  beforeAll(async () => {
    emptyPath = await mkdtemp(join(tmpdir(), 'ingo-no-services-'));
  });
  afterAll(async () => {
    await rm(emptyPath, { recursive: true, force: true });
  });

  test('a PATH without redis-server (and no REDIS_SERVER) finds none', () => {
    expect(redisServer({ PATH: emptyPath }).found).toBeUndefined();
    expect(redisServer({ PATH: emptyPath, REDIS_SERVER: join(emptyPath, 'redis-server') }).found).toBeUndefined();
  });

  /** Runs vitest on one Redis test file with `env` (PATH and REDIS_SERVER hidden); its JSON report. */
  async function runRedisTests(extraEnv: NodeJS.ProcessEnv) {
    const report = join(emptyPath, `report-${Object.keys(extraEnv).length}.json`);
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: emptyPath, ...extraEnv };
    delete env.REDIS_SERVER;
    const { code, output } = await promisify(execFile)(
      process.execPath,
      [
        join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        'src/redis/create-redis-rate-limiter.test.ts',
        '--typecheck.enabled=false',
        '--reporter=default',
        '--reporter=./test-support/skip-notes-reporter.ts',
        '--reporter=json',
        `--outputFile.json=${report}`,
      ],
      { cwd: root, env },
    ).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: error.stdout + error.stderr,
      }),
    );
    const json = JSON.parse(await readFile(report, 'utf8')) as {
      numTotalTests: number;
      numPendingTests: number;
      numFailedTests: number;
    };
    return { code, output, json };
  }

  test('npm test skips its tests with one line, and passes', async () => {
    const { code, output, json } = await runRedisTests({ INGO_REQUIRE_SERVICES: '' });
    expect(code).toBe(0);
    expect(json.numTotalTests).toBeGreaterThan(5);
    expect(json.numPendingTests).toBe(json.numTotalTests);
    expect(output.match(/npm test: redis-server is not installed .*: its tests are skipped \((\d+) tests\)/g)).toEqual([
      expect.stringContaining(`(${json.numTotalTests} tests)`),
    ]);
  }, 120_000);

  test('INGO_REQUIRE_SERVICES=1 (CI) fails each of them, naming what is missing', async () => {
    const { code, output, json } = await runRedisTests({ INGO_REQUIRE_SERVICES: '1' });
    expect(code).toBe(1);
    expect(json.numFailedTests).toBe(json.numTotalTests);
    expect(output).toContain('redis-server is not installed');
    expect(output).toContain('INGO_REQUIRE_SERVICES=1 requires it');
  }, 120_000);
});
