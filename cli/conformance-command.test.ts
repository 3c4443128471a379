import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startMock, type RunningMock } from '../src/mock/start-mock.js';
import { runConformanceCommand } from './conformance-command.js';
import { runCli } from '../test-support/run-cli.js';

const directory = mkdtempSync(join(tmpdir(), 'ingo-conformance-'));
const credentials = { username: 'cli-user', secret: 'cli-test-secret-0123456789' };
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ credentials });
});
afterAll(async () => {
  await mock.close();
  rmSync(directory, { recursive: true, force: true });
});

async function run(
  args: string[],
  { env = {}, isTTY = false }: { env?: Record<string, string>; isTTY?: boolean } = {},
) {
  return runCli(runConformanceCommand, args, { env, cwd: directory, isTTY });
}

test('with no --base-url it runs the default suite on the embedded mock, says so, and writes both reports', async () => {
  const { code, stdout, stderr } = await run(['--junit', 'out/junit.xml', '--json', 'out/report.json']);
  expect(code).toBe(0);
  expect(stderr).toMatch(
    /^Running \d+ conformance cases against the embedded mock, started in-process at http:\/\/127\.0\.0\.1:\d+ with fresh credentials \(profile strict\)\n/,
  );
  expect(stderr).toMatch(/\[ *1\/\d+\] ✓ [a-z]/);
  expect(stderr).toContain(`wrote the JUnit XML report to ${join(directory, 'out/junit.xml')}`);
  expect(stdout).toMatch(/^ingo-session conformance: http:\/\/127\.0\.0\.1:\d+ \(embedded mock\), profile strict\n/);
  expect(stdout).toMatch(/\nPASSED: (\d+) passed, 0 warnings, 0 failed, 0 not enforced, 1 skipped of \d+ cases/);
  const junit = readFileSync(join(directory, 'out/junit.xml'), 'utf8');
  expect(junit).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="ingo-session conformance" tests="\d+" failures="0" errors="0" skipped="1"/,
  );
  const report = JSON.parse(readFileSync(join(directory, 'out/report.json'), 'utf8'));
  expect(report.passed).toBe(true);
  expect(report.target.embeddedMock).toBe(true);
});

test('against a server with other credentials every signed case fails: exit 1, with the failures listed', async () => {
  const { code, stdout } = await run(['--base-url', mock.url, '--tags', 'positive', '--rate', '1000'], {
    env: { INGO_USERNAME: 'someone-else', INGO_SECRET: 'not-the-secret' },
  });
  expect(code).toBe(1);
  expect(stdout).toContain('  ✗ minimal-body: ');
  expect(stdout).toContain('[expectation] expected a new session (HTTP 200, status 100), got HTTP 401, status 401');
  expect(stdout).not.toContain('not-the-secret');
});

test('with the right credentials and --tags, the selected cases pass; on a terminal the progress line is redrawn', async () => {
  const { code, stdout, stderr } = await run(
    ['--base-url', mock.url, '--tags', 'idempotency,legacy', '--rate', '1000', '--concurrency', '2'],
    {
      env: { INGO_USERNAME: credentials.username, INGO_SECRET: credentials.secret },
      isTTY: true,
    },
  );
  expect(code).toBe(0);
  expect(stderr).toContain('\r\x1b[2K[1/4] 0 failed  ✓ ');
  expect(stderr.endsWith('\r\x1b[2K')).toBe(true);
  expect(stdout).toMatch(/PASSED: 4 passed, 0 warnings, 0 failed, 0 not enforced, \d+ skipped/);
});

test('--list shows every case and marks the selected ones', async () => {
  const { code, stdout } = await run(['--list', '--tags', 'legacy']);
  expect(code).toBe(0);
  expect(stdout).toMatch(/^\* legacy-hmac-sha256 +\[legacy, auth\] +a request signed with hmac-sha256/m);
  expect(stdout).toMatch(/^ {2}minimal-body +\[positive\]/m);
  expect(stdout).toMatch(/\n1 of \d+ cases selected \(\*\)\n$/);
});

test('usage errors exit 2 and name the problem in one line', async () => {
  const hint = ' (see --help)\n';
  expect(await run(['--base-url', mock.url])).toMatchObject({
    code: 2,
    stderr: `ingo-session conformance: --base-url needs credentials: INGO_USERNAME is not set: export the HMAC username issued by Ingo${hint}`,
  });
  expect(await run(['--tags', 'nope'])).toMatchObject({
    code: 2,
    stderr: expect.stringMatching(/^ingo-session conformance: unknown tag nope: known tags are [^\n]*\n$/),
  });
  expect(await run(['--profile', 'lax'])).toMatchObject({
    code: 2,
    stderr: `ingo-session conformance: unknown profile "lax": use one of strict, no-auth${hint}`,
  });
  expect(await run(['--rate', '0'])).toMatchObject({
    code: 2,
    stderr: `ingo-session conformance: --rate must be a number > 0, not "0"${hint}`,
  });
  expect(await run(['--rate', '-3'])).toMatchObject({
    code: 2,
    stderr: `ingo-session conformance: --rate must be a number > 0, not "-3"${hint}`,
  });
  expect(await run(['--concurrency', '1.5'])).toMatchObject({
    code: 2,
    stderr: `ingo-session conformance: --concurrency must be an integer ≥ 1, not "1.5"${hint}`,
  });
  expect(await run(['--base-url', 'ftp://example.com'])).toMatchObject({
    code: 2,
    stderr: `ingo-session conformance: --base-url must use http or https, not ftp${hint}`,
  });
  expect(await run(['--bogus'])).toMatchObject({
    code: 2,
    stderr: `ingo-session conformance: unknown option --bogus${hint}`,
  });
  const help = await run(['--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^usage: ingo-session conformance \[options\]/);
  expect(help.stdout).toContain('Exit codes: 0 every selected case passes');
});

test('an unreachable --base-url stops after one probe: one line, exit 1, no case run', async () => {
  const closed = await startMock({ credentials });
  const url = closed.url;
  await closed.close();
  // One probe and out: no case ran (nothing on stdout, the one line says so), and a retrying probe would hit the
  // test's timeout, so no wall-clock bound is needed.
  const result = await run(['--base-url', url, '--json', 'unreachable.json'], {
    env: { INGO_USERNAME: credentials.username, INGO_SECRET: credentials.secret },
  });
  expect(result).toEqual({
    code: 1,
    stdout: '',
    stderr: `ingo-session conformance: cannot reach --base-url ${url}: ECONNREFUSED; no case was run\n`,
  });
});

test('a short INGO_SECRET is refused before anything is sent; a real one never reaches console, JUnit or JSON', async () => {
  const short = await run(['--base-url', mock.url], { env: { INGO_USERNAME: credentials.username, INGO_SECRET: 'x' } });
  expect(short.code).toBe(2);
  expect(short.stderr).toMatch(
    /^ingo-session conformance: --base-url needs credentials: INGO_SECRET is shorter than 8 characters[^\n]*\n$/,
  );
  const full = await run(
    ['--base-url', mock.url, '--rate', '1000', '--junit', 'secret/junit.xml', '--json', 'secret/report.json'],
    {
      env: { INGO_USERNAME: credentials.username, INGO_SECRET: credentials.secret },
    },
  );
  expect(full.code).toBe(0);
  // The wrong-secret case signs with the secret plus a suffix: neither may appear anywhere.
  for (const text of [
    full.stdout,
    full.stderr,
    readFileSync(join(directory, 'secret/junit.xml'), 'utf8'),
    readFileSync(join(directory, 'secret/report.json'), 'utf8'),
  ]) {
    expect(text).not.toContain(credentials.secret);
  }
});

test('a server without the 64 KiB limit warns (exit 0); with --strict-assumptions it fails (exit 1)', async () => {
  const lenient = await startMock({ credentials, maxBodyBytes: 1_000_000 });
  try {
    const args = ['--base-url', lenient.url, '--tags', 'limits', '--rate', '1000', '--json', 'out/limits.json'];
    const env = { INGO_USERNAME: credentials.username, INGO_SECRET: credentials.secret };
    const warned = await run(args, { env });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain(
      'Warnings (differences from example-derived or assumed spec rows only; --strict-assumptions makes them failures):',
    );
    expect(warned.stdout).toContain('  ! body-too-large: ');
    expect(warned.stdout).toContain('[spec: #/x-ingo-limits maxBodyBytes (assumption)]');
    expect(warned.stdout).toMatch(/\nPASSED: \d+ passed, 1 warnings, 0 failed/);
    const report = JSON.parse(readFileSync(join(directory, 'out/limits.json'), 'utf8'));
    expect(report.cases.find((c: { id: string }) => c.id === 'body-too-large')).toMatchObject({
      outcome: 'warning',
      warnings: [{ check: 'expectation' }],
    });
    const strict = await run([...args, '--strict-assumptions'], { env });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('  ✗ body-too-large: ');
    expect(strict.stdout).toMatch(/\nFAILED: \d+ passed, 0 warnings, 1 failed/);
  } finally {
    await lenient.close();
  }
});
