/**
 * The certify section: `certify_all_ms`, our own client (examples/typescript/certify-client.ts,
 * bundled once and run by node) through every scenario under --strict, wall time of the whole
 * run, spawn and start-up of the 13 processes included. Target <= 30 s: the stalled answer (the
 * example's 5 s timeout) and Retry-After (1 s) set the floor. One run: the figure is dominated
 * by those fixed waits, not by noise. The run must certify, or the figure means nothing.
 */
import { certifyCommand } from '../conformance/index.js';
import { typescriptExample } from '../test/certify-clients/example-commands.js';
import type { BenchSectionResult } from './bench-section.js';

export default async function run(): Promise<BenchSectionResult> {
  const { command, args } = await typescriptExample();
  const started = performance.now();
  const report = await certifyCommand(command, args, { strict: true });
  const ms = Math.round(performance.now() - started);
  if (report.exitCode !== 0) throw new Error('bench: our own client did not pass certify --strict');
  const slowest = [...report.scenarios].sort((a, b) => b.durationMs - a.durationMs)[0]!;
  return {
    rows: [
      {
        name: `certify_all_ms (${report.scenarios.length} scenarios, --strict)`,
        value: ms,
        unit: 'ms',
        target: '<= 30000',
      },
      { name: `slowest scenario: ${slowest.scenario}`, value: slowest.durationMs, unit: 'ms' },
    ],
    results: { certify_all_ms: ms },
  };
}
