/**
 * `npm run bench`: runs every section in one process, prints one table and writes
 * bench/results.json. Absolute figures are noisy on a shared 2-core machine, so targets are ratios
 * measured in the same run wherever possible.
 */
import { writeFile } from 'node:fs/promises';
import type { BenchSection, BenchRow } from './bench-section.js';

const sections: Record<string, () => Promise<{ default: BenchSection }>> = {
  signing: () => import('./signing.bench.js'),
  client: () => import('./client.bench.js'),
  mock: () => import('./mock.bench.js'),
  conformance: () => import('./conformance.bench.js'),
  startup: () => import('./startup.bench.js'),
  'conformance-generated': () => import('./conformance-generated.bench.js'),
  webcrypto: () => import('./webcrypto.bench.js'),
  explain: () => import('./explain.bench.js'),
  certify: () => import('./certify.bench.js'),
  otel: () => import('./otel.bench.js'),
};

const only = process.argv.slice(2);
const results: Record<string, number> = {};
const rows: (BenchRow & { section: string })[] = [];
for (const [section, load] of Object.entries(sections)) {
  if (only.length > 0 && !only.includes(section)) continue;
  process.stderr.write(`bench: ${section}…\n`);
  const { default: run } = await load();
  const result = await run();
  Object.assign(results, result.results);
  rows.push(...result.rows.map((row) => ({ ...row, section })));
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(3));
const table = [
  ['section', 'measurement', 'value', 'unit', 'target'],
  ...rows.map((r) => [r.section, r.name, fmt(r.value), r.unit, r.target ?? '']),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const row of table)
  console.log(row.map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  '));

const file = new URL('./results.json', import.meta.url);
// A partial run (`npm run bench -- signing`) keeps the other sections' figures from the last run.
const previous =
  only.length > 0
    ? JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(file, 'utf8')).catch(() => '{}'))
    : {};
await writeFile(
  file,
  JSON.stringify({ ...previous, ...results, measured_at: new Date().toISOString(), node: process.version }, null, 2) +
    '\n',
);
console.log(`\nwrote bench/results.json`);
