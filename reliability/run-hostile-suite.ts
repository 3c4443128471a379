/**
 * The hostile-server matrix of the conformance suite: `ingo-session conformance --base-url` run
 * against each loopback hostile server (conformance/test-helpers/suite-hostile-server.ts) in a
 * process of its own under GNU time, with the exit code, wall time, peak RSS, cases failed and
 * skipped, and the reason the first failure gives. Prints the table and exits 1 when a row breaks
 * an invariant: exit code 1 (0 for the honest mock, the reference row), no stack trace, peak RSS under the cap, time within the run's bound.
 *
 *   npx tsx reliability/run-hostile-suite.ts [honest-mock | mode ...]
 *
 * Every run uses `--rate 1000 --timeout-ms 2000 --time-limit 30 --generate 20 --seed 1`, so that
 * the catalog, the generated properties and the idempotency sequences all meet the server, and a
 * mode that only ends by timing out shows both bounds (per case, whole run) in half a minute.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { startEmbeddedTarget } from '../conformance/start-embedded-target.js';
import {
  startSuiteHostileServer,
  suiteHostileModes,
  type SuiteHostileMode,
} from '../conformance/test-helpers/suite-hostile-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// The CLI's entry, wherever the CLI lives (a top-level cli/ or src/cli/).
const entry = ['cli/main.ts', 'src/cli/main.ts'].map((path) => join(root, path)).find((path) => existsSync(path))!;
const timeLimitSeconds = 30;
const flags = ['--rate', '1000', '--timeout-ms', '2000', '--time-limit', String(timeLimitSeconds)];
const generation = ['--generate', '20', '--seed', '1'];
/** Peak RSS above this fails the row (the issue measured 5.5-6.8 GB before the cap). */
const maxRssMb = 400;
/** Start-up, the probe and the last requests' per-case timeout on top of the run's bound. */
const slackSeconds = 15;

/** The reference row: the honest embedded mock, which passes (exit 0). */
const HONEST = 'honest-mock';
type Mode = SuiteHostileMode | typeof HONEST;

interface Row {
  mode: Mode;
  exitCode: number | null;
  seconds: number;
  peakRssMb: number;
  failed: number | string;
  skipped: number | string;
  reason: string;
  stackTrace: boolean;
}

async function runMode(mode: Mode, dir: string): Promise<Row> {
  const server =
    mode === HONEST
      ? await startEmbeddedTarget({ now: Date.now, randomUUID }).then((mock) => ({ ...mock, url: mock.baseUrl }))
      : await startSuiteHostileServer(mode);
  const credentials =
    'credentials' in server
      ? server.credentials
      : { username: 'hostile-matrix-user', secret: 'hostile-matrix-secret-0123456789abcdef' };
  const json = join(dir, `${mode}.json`);
  try {
    const args = ['-v', process.execPath, '--import', 'tsx', entry, 'conformance', '--base-url', server.url];
    const child = spawn('/usr/bin/time', [...args, ...flags, ...generation, '--json', json], {
      cwd: root,
      env: {
        ...process.env,
        INGO_USERNAME: credentials.username,
        INGO_SECRET: credentials.secret,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString('utf8')));
    const started = performance.now();
    const kill = setTimeout(() => child.kill('SIGKILL'), (timeLimitSeconds + 120) * 1000);
    await new Promise((resolve) => child.once('exit', resolve));
    clearTimeout(kill);
    const seconds = (performance.now() - started) / 1000;
    const exitCode = Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? Number.NaN);
    const peakRssMb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024;
    // The CLI's own stderr: what GNU time adds (from "Command exited" or "Command being timed" on) cut off.
    const own = stderr.split(/\n?\s*Command (?:exited|being timed)/)[0]!;
    const report = await readFile(json, 'utf8').then(
      (text) => JSON.parse(text) as { cases: { outcome: string; note?: string; failures: { message: string }[] }[] },
      () => undefined,
    );
    const firstFailure = report?.cases.find((c) => c.outcome === 'fail')?.failures[0]?.message;
    const lastLine = own.trim().split('\n').at(-1) ?? '';
    return {
      mode,
      exitCode: Number.isNaN(exitCode) ? child.exitCode : exitCode,
      seconds,
      peakRssMb,
      failed: report ? report.cases.filter((c) => c.outcome === 'fail').length : '-',
      skipped: report ? report.cases.filter((c) => c.outcome === 'skipped').length : '-',
      reason: (firstFailure ?? lastLine).replace(/\s+/g, ' ').slice(0, 110),
      stackTrace: /\n\s+at /.test(own),
    };
  } finally {
    await server.close();
  }
}

function problems(row: Row): string[] {
  const found: string[] = [];
  const expected = row.mode === HONEST ? 0 : 1;
  if (row.exitCode !== expected) found.push(`exited ${row.exitCode}, not ${expected}`);
  if (row.stackTrace) found.push('printed a stack trace');
  if (!(row.peakRssMb < maxRssMb)) found.push(`peaked at ${row.peakRssMb.toFixed(0)} MB, not under ${maxRssMb} MB`);
  if (row.seconds > timeLimitSeconds + slackSeconds)
    found.push(`took ${row.seconds.toFixed(1)} s, beyond the ${timeLimitSeconds} s bound plus ${slackSeconds} s`);
  return found;
}

function formatTable(rows: readonly Row[]): string {
  const header = ['mode', 'exit', 'time s', 'peak RSS MB', 'failed', 'skipped', 'first failure (or last line)'];
  const cells = rows.map((row) => [
    row.mode,
    String(row.exitCode),
    row.seconds.toFixed(1),
    row.peakRssMb.toFixed(0),
    String(row.failed),
    String(row.skipped),
    row.reason,
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((cell) => cell[i]!.length)));
  const line = (cell: readonly string[]) =>
    cell
      .map((text, i) => text.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

const asked = process.argv.slice(2);
const unknown = asked.filter((mode) => mode !== HONEST && !(suiteHostileModes as readonly string[]).includes(mode));
if (unknown.length > 0) {
  process.stderr.write(`unknown mode ${unknown.join(', ')}: use ${suiteHostileModes.join(', ')}\n`);
  process.exit(2);
}
const modes: Mode[] = asked.length > 0 ? (asked as Mode[]) : [HONEST, ...suiteHostileModes];
const dir = await mkdtemp(join(tmpdir(), 'ingo-hostile-suite-'));
const rows: Row[] = [];
try {
  for (const mode of modes) {
    rows.push(await runMode(mode, dir));
    process.stderr.write(`${mode} done\n`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
const found = rows.flatMap((row) => problems(row).map((problem) => `${row.mode}: ${problem}`));
process.stdout.write(
  `ingo-session conformance --base-url <hostile> ${[...flags, ...generation].join(' ')}\n\n${formatTable(rows)}\n\n${
    found.length === 0
      ? 'PASSED: every hostile mode ended in exit 1, the mock in exit 0, within the bounds'
      : `FAILED:\n  ${found.join('\n  ')}`
  }\n`,
);
process.exitCode = found.length === 0 ? 0 : 1;
