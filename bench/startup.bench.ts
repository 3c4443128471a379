/**
 * The start-up section: whole processes, as a user starts them, against `node -e 0` (the floor of
 * any Node CLI): the compiled CLI's `--help`, and its main job (`conformance`, the whole suite
 * against the embedded mock, as `npm run conformance` runs it). Wall time per process; rounds run
 * the three side by side in rotating order, ratios are medians of per-round ratios. dist/ is built
 * first when stale, as `npm run conformance` does.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JavaScript (it must run before anything is compiled), without types.
import { ensureDist } from '../scripts/run-compiled-cli.mjs';
import type { BenchSectionResult } from './bench-section.js';
import { median, medianRatio, measureRotating, round3 } from './measure-rotating.js';

const ROUNDS = 9;
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = 'bin/ingo-session.js';

/** Wall time of one whole process, in ms; throws when it does not exit 0. */
function timeProcess(args: readonly string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`bench: node ${args.join(' ')} exited ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
  return ms;
}

export default async function run(): Promise<BenchSectionResult> {
  (ensureDist as () => boolean)();
  const commands = { node: ['-e', '0'], help: [cli, '--help'], conformance: [cli, 'conformance'] };
  for (const args of Object.values(commands)) timeProcess(args); // warm the file cache
  const samples = await measureRotating(
    Object.fromEntries(Object.entries(commands).map(([name, args]) => [name, () => timeProcess(args)])) as Record<
      keyof typeof commands,
      () => number
    >,
    ROUNDS,
  );
  const helpRatio = medianRatio(samples.help, samples.node);
  const conformanceRatio = medianRatio(samples.conformance, samples.node);
  return {
    rows: [
      { name: 'node -e 0', value: median(samples.node), unit: 'ms' },
      { name: 'ingo-session --help (compiled)', value: median(samples.help), unit: 'ms' },
      { name: 'ingo-session conformance (compiled, embedded mock)', value: median(samples.conformance), unit: 'ms' },
      { name: 'cli_help_vs_node', value: helpRatio, unit: 'ratio', target: '<= 2.0' },
      { name: 'cli_conformance_vs_node', value: conformanceRatio, unit: 'ratio', target: '<= 5.0' },
    ],
    results: {
      cli_help_vs_node: round3(helpRatio),
      cli_conformance_vs_node: round3(conformanceRatio),
      node_startup_ms: round3(median(samples.node)),
      cli_help_ms: round3(median(samples.help)),
      cli_conformance_ms: round3(median(samples.conformance)),
    },
  };
}
