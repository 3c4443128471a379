import { afterEach, expect, test } from 'vitest';
import type { HostileServer } from '../test-support/hostile-server.js';
import { startSuiteHostileServer } from '../conformance/test-helpers/suite-hostile-server.js';
import { runConformanceCommand } from './conformance-command.js';
import { runCli } from '../test-support/run-cli.js';

const env = { INGO_USERNAME: 'cli-hostile-user', INGO_SECRET: 'cli-hostile-secret-0123456789abcdef' };
let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(args: string[]) {
  return runCli(runConformanceCommand, args, { env, cwd: process.cwd(), isTTY: false });
}

test('--time-limit bounds the whole run: a server that never finishes a head ends in exit 1, the cut saying why', async () => {
  server = await startSuiteHostileServer('slow-headers');
  // The per-request timeout is far beyond the test's own: only the run's bound can end this run.
  const { code, stdout } = await run(['--base-url', server.url, '--timeout-ms', '600000', '--time-limit', '0.5']);
  expect(code).toBe(1);
  expect(stdout).toMatch(/Skipped: \d+ \(not run to the end: the run's time limit of 0\.5 s was reached\)/);
  expect(stdout).toMatch(/FAILED: 0 passed, 0 warnings, 0 failed/);
});

test('an endless answer fails each case with the cap named, and the run goes on to exit 1', async () => {
  server = await startSuiteHostileServer('endless-chunked');
  const { code, stdout } = await run(['--base-url', server.url, '--rate', '1000', '--tags', 'positive']);
  expect(code).toBe(1);
  expect(stdout).toContain('answer larger than 16384 bytes (HTTP 200, more bytes than that arrived');
  expect(stdout).not.toContain('time limit');
});
