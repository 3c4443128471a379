import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSessionClient } from '../src/client/create-session-client.js';
import {
  attemptTimeoutFor,
  hostileModes,
  startHostileServer,
  type HostileMode,
} from '../test-support/hostile-server.js';
import { minimalBodyText, reliabilityCredentials } from './reliability-fixtures.js';

/** Which modes to run, and how. */
export interface HostileClientOptions {
  /** Modes run through `ingo-session create` in a child process (all run in process). */
  cliModes: readonly HostileMode[];
  /** The per-attempt limit (client option and CLI `--timeout-ms`) for the modes that end by timing out; 5 s for the others. */
  timeoutMs: number;
  /** Largest accepted peak RSS of the CLI process, in MB. */
  maxCliRssMb: number;
}

/** One row of the matrix. */
export interface HostileClientRow {
  mode: HostileMode;
  /** `throws X` or `returns X`: how createSession ended (in process, default options but the limit). */
  outcome: string;
  /** Requests the hostile server received for the one call: more than 1 means retried. */
  requests: number;
  /** Requests that reached the second origin (a redirect followed): must be 0. */
  redirected: number;
  /** The learned clock offset after the call (ms): must be 0, whatever Date the server sent. */
  clockOffsetMs: number;
  cli?: { exitCode: number | null; stderrLines: number; stackTrace: boolean; peakRssMb: number; stderr: string };
}

/** The matrix and the invariants it broke (`failures`, empty on a pass). */
export interface HostileClientReport {
  rows: HostileClientRow[];
  failures: string[];
}

const root = fileURLToPath(new URL('..', import.meta.url));
const childScript = fileURLToPath(new URL('./create-cli-child.ts', import.meta.url));
const UNTYPED = /^throws (TypeError|RangeError|Error|SyntaxError|DOMException)/;

/**
 * Every hostile-server mode against createSession in process (outcome class, retried or not,
 * redirects followed, clock moved) and, for `cliModes`, against `ingo-session create` in a child
 * process (exit code, lines on stderr, stack trace, peak RSS).
 */
export async function runHostileClient({
  cliModes,
  timeoutMs,
  maxCliRssMb,
}: HostileClientOptions): Promise<HostileClientReport> {
  const dir = await mkdtemp(join(tmpdir(), 'ingo-hostile-'));
  const rows: HostileClientRow[] = [];
  const failures: string[] = [];
  try {
    await writeFile(join(dir, 'body.json'), minimalBodyText);
    for (const mode of hostileModes) {
      const server = await startHostileServer(mode);
      try {
        const modeTimeoutMs = attemptTimeoutFor(mode, timeoutMs);
        const client = createSessionClient({
          ...reliabilityCredentials,
          baseUrl: server.url,
          timeoutMs: modeTimeoutMs,
          rateLimit: false,
        });
        const outcome = await client.createSession(JSON.parse(minimalBodyText)).then(
          (result) => (result.data ? 'returns data' : `returns ${result.error.name}`),
          (error: unknown) => `throws ${error instanceof Error ? error.name : typeof error}`,
        );
        const row: HostileClientRow = {
          mode,
          outcome,
          requests: server.counts.hostile,
          redirected: server.counts.other,
          clockOffsetMs: client.clockOffsetMs,
        };
        if (cliModes.includes(mode)) row.cli = await runCli(dir, server.url, modeTimeoutMs);
        rows.push(row);
      } finally {
        await server.close();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  for (const row of rows) {
    if (UNTYPED.test(row.outcome) || row.outcome === 'returns data')
      failures.push(`hostile ${row.mode}: createSession ${row.outcome}`);
    if (row.redirected > 0)
      failures.push(`hostile ${row.mode}: a redirect was followed (${row.redirected} requests to the other origin)`);
    if (row.clockOffsetMs !== 0) failures.push(`hostile ${row.mode}: the clock moved by ${row.clockOffsetMs} ms`);
    const cli = row.cli;
    if (!cli) continue;
    if (cli.exitCode !== 1) failures.push(`hostile ${row.mode}: ingo-session create exited ${cli.exitCode}, not 1`);
    if (cli.stderrLines !== 1)
      failures.push(
        `hostile ${row.mode}: ingo-session create printed ${cli.stderrLines} lines on stderr, not 1: ${cli.stderr.slice(0, 300)}`,
      );
    if (cli.stackTrace) failures.push(`hostile ${row.mode}: ingo-session create printed a stack trace`);
    if (cli.peakRssMb >= maxCliRssMb)
      failures.push(
        `hostile ${row.mode}: ingo-session create peaked at ${cli.peakRssMb} MB, not under ${maxCliRssMb} MB`,
      );
  }
  return { rows, failures };
}

async function runCli(dir: string, baseUrl: string, timeoutMs: number): Promise<NonNullable<HostileClientRow['cli']>> {
  const rssFile = join(dir, 'rss');
  await rm(rssFile, { force: true });
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      childScript,
      'create',
      '--body',
      join(dir, 'body.json'),
      '--base-url',
      baseUrl,
      '--timeout-ms',
      String(timeoutMs),
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        INGO_USERNAME: reliabilityCredentials.username,
        INGO_SECRET: reliabilityCredentials.secret,
        RELIABILITY_RSS_FILE: rssFile,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stdout!.resume();
  child.stderr!.on('data', (data: Buffer) => (stderr += data.toString('utf8')));
  const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  clearTimeout(kill);
  const rss = Number(await readFile(rssFile, 'utf8').catch(() => 'NaN'));
  return {
    exitCode,
    stderrLines: stderr.split('\n').filter(Boolean).length,
    stackTrace: /\n\s+at /.test(stderr),
    peakRssMb: Math.round((rss / 2 ** 20) * 10) / 10,
    stderr,
  };
}
