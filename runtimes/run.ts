/**
 * `npm run test:runtimes`: the packed tarball on every runtime a server-side team deploys on. It
 * builds dist, packs, installs the tarball in a fresh project, starts the mock on Node (loopback,
 * free port), then runs the smoke suite (runtimes/smoke-checks.ts) on Node, Bun and Deno (their
 * npm packages' binaries, installed into .cache/ on first use: scripts/on-demand.ts) and in workerd (a Worker bundled with esbuild, once with nodejs_compat and
 * once without). Prints a runtime × check table and `runtimes: N passed, N failed`; exits 1 when a
 * check fails. `--json FILE` also writes the counts and results there (for .ci/run).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onDemandBin } from '../scripts/on-demand.js';
import { startMock } from '../src/mock/index.js';
import { formatRuntimeTable, type RuntimeRow } from './format-runtime-table.js';
import { bundleSmokeWorker, prepareConsumer } from './prepare-consumer.js';
import { runBoundedProcess } from './run-bounded-process.js';
import { runWorkerd } from './run-workerd.js';
import { smokeChecks, type SmokeResult } from './smoke-checks.js';

// Bun, Deno and workerd are not devDependencies: installed from the npm registry into .cache/ on first use.
const [bun, deno, workerd] = await Promise.all([onDemandBin('bun'), onDemandBin('deno'), onDemandBin('workerd')]);
const bin = (name: 'bun' | 'deno' | 'workerd'): string => ({ bun, deno, workerd })[name];
const jsonFile = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;
const credentials = { username: 'runtime-smoke', secret: 'runtime-smoke-secret-4f9a2c' };

const mock = await startMock({ credentials });
const folder = await mkdtemp(join(tmpdir(), 'ingo-runtimes-'));
const rows: RuntimeRow[] = [];
try {
  const project = await prepareConsumer(folder, { mockUrl: mock.url, credentials });
  const processRuntimes: { label: string; command: string; args: string[]; version: string[] }[] = [
    { label: 'node', command: process.execPath, args: ['smoke-main.js'], version: ['--version'] },
    { label: 'bun', command: bin('bun'), args: ['smoke-main.js'], version: ['--version'] },
    {
      label: 'deno',
      command: bin('deno'),
      args: ['run', `--allow-net=${new URL(mock.url).host}`, 'smoke-main.js'],
      version: ['--version'],
    },
  ];
  for (const runtime of processRuntimes) {
    const version = await versionOf(runtime.command, runtime.version);
    const output = await runBoundedProcess(runtime.command, runtime.args, { cwd: project, timeoutMs: 120_000 });
    rows.push({
      runtime: `${runtime.label} ${version}`,
      results: parseResults(output.stdout, output.stderr || `exit ${output.code}`),
    });
  }
  const workerdVersion = await versionOf(bin('workerd'), ['--version']);
  for (const nodejsCompat of [true, false]) {
    const file = nodejsCompat ? 'worker-nodejs-compat.js' : 'worker.js';
    const bundleError = await bundleSmokeWorker(project, { nodejsCompat, file }).then(
      () => undefined,
      (error: Error) => `esbuild could not bundle the Worker: ${error.message.split('\n').slice(0, 4).join(' ')}`,
    );
    const label = `workerd ${workerdVersion}${nodejsCompat ? ' +nodejs_compat' : ''}`;
    const bindings = { INGO_BASE_URL: mock.url, INGO_USERNAME: credentials.username, INGO_SECRET: credentials.secret };
    const output = bundleError
      ? { body: '', stderr: bundleError }
      : await runWorkerd(bin('workerd'), project, { nodejsCompat, file, bindings }).catch((error: Error) => ({
          body: '',
          stderr: error.message,
        }));
    rows.push({ runtime: label, results: parseResults(output.body, output.stderr) });
  }
} finally {
  await mock.close();
  await rm(folder, { recursive: true, force: true });
}

const { table, passed, failed } = formatRuntimeTable(rows);
console.log(table);
console.log(`runtimes: ${passed} passed, ${failed} failed`);
if (jsonFile) await writeFile(jsonFile, JSON.stringify({ passed, failed, rows }, null, 2));
process.exitCode = failed === 0 ? 0 : 1;

/** A runtime's results, or every check failed with what it printed when it printed no results. */
function parseResults(stdout: string, stderr: string): SmokeResult[] {
  const last = stdout.trim().split('\n').pop() ?? '';
  try {
    const results = JSON.parse(last) as SmokeResult[];
    if (Array.isArray(results) && results.length === smokeChecks.length) return results;
  } catch {
    // fall through
  }
  const detail = (stderr || stdout || 'no output').trim().split('\n').slice(-3).join(' | ').slice(0, 400);
  return smokeChecks.map((check) => ({ check, ok: false, detail }));
}

async function versionOf(command: string, args: string[]): Promise<string> {
  const { stdout } = await runBoundedProcess(command, args, { timeoutMs: 30_000 });
  return stdout
    .trim()
    .split('\n')[0]!
    .replace(/^(deno|workerd) /, '')
    .replace(/ \(.*$/, '');
}
