import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import type { CliIo } from './cli-io.js';
import { main } from './main.js';

const python = fileURLToPath(new URL('../examples/python/certify_client.py', import.meta.url));
const broken = fileURLToPath(new URL('../test/certify-clients/broken_client.py', import.meta.url));

function capture(cwd = process.cwd()): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text), env: {}, cwd };
}

test('--help lists the scenarios and the checks with their levels', async () => {
  const io = capture();
  expect(await main(['certify', '--help'], io)).toBe(0);
  const help = io.out.join('');
  expect(help).toMatch(/-- COMMAND \[ARG\.\.\.\]/);
  expect(help).toMatch(/stalled-answer/);
  expect(help).toMatch(/REQUIRED +same-key/);
  expect(help).toMatch(/RECOMMENDED +backoff-jitter/);
});

test.each([
  [['certify', '--strict'], /give the client command after --/],
  [['certify', '--scenario', 'nope', '--', 'true'], /unknown scenario "nope"/],
  [['certify', '--bogus', '--', 'true'], /unknown option --bogus/],
  [['certify', '--scenario', 'success', '--', '/nonexistent/ingo-client'], /cannot start "\/nonexistent\/ingo-client"/],
])('bad usage or a command that cannot start: exit 2 (%j)', async (args, message) => {
  const io = capture();
  expect(await main(args, io)).toBe(2);
  expect(io.err.join('')).toMatch(message);
});

test('a certified client: exit 0, the summary, and the JSON and JUnit reports', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ingo-certify-cli-'));
  const io = capture(dir);
  const args = [
    '--scenario',
    'success',
    '--scenario',
    'redirect-307',
    '--strict',
    '--json',
    'r.json',
    '--junit',
    'r.xml',
  ];
  expect(await main(['certify', ...args, '--', 'python3', python], io)).toBe(0);
  expect(io.out.join('')).toMatch(/CERTIFIED: every REQUIRED and RECOMMENDED check passed/);
  const report = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8'));
  expect(report.scenarios.map((s: { scenario: string }) => s.scenario)).toEqual(['success', 'redirect-307']);
  const junit = await readFile(join(dir, 'r.xml'), 'utf8');
  expect(junit).toMatch(/<testsuite name="certify redirect-307"/);
  expect(junit).not.toMatch(/<failure/);
});

test('a RECOMMENDED defect: exit 0 (a warning) by default, exit 1 under --strict, naming the check', async () => {
  const args = ['--scenario', 'conflict-409', '--', 'python3', broken, '409-is-final'];
  const lenient = capture();
  expect(await main(['certify', ...args], lenient)).toBe(0);
  expect(lenient.out.join('')).toMatch(/conflict-retried +RECOMMENDED +WARN/);
  const strict = capture();
  expect(await main(['certify', '--strict', ...args], strict)).toBe(1);
  const text = strict.out.join('');
  expect(text).toMatch(/RECOMMENDED conflict-retried in conflict-409, attempt 1: expected a retry/);
  expect(text).toMatch(/NOT CERTIFIED: 1 check\(s\) failed/);
});
