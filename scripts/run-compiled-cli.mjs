#!/usr/bin/env node
/**
 * Runs the compiled CLI (dist/cli/, the bundle of cli/), building dist first when it is missing or older than any source
 * file: `npm run conformance` runs compiled JS (no TypeScript loader at run time), and a fresh
 * clone or an edited source still gets what it expects. Plain JavaScript, so that nothing is
 * compiled to decide whether to compile.
 *
 * Usage: node scripts/run-compiled-cli.mjs <cli arguments…>
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleCli, cliBundleEntry } from './bundle-cli.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// What tsconfig.build.json compiles and the CLI bundles, and the configuration itself.
const SOURCES = ['src', 'conformance', 'generated', 'cli'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'scripts/bundle-cli.mjs'];
const STAMP = 'dist/.build-stamp';

/** The newest modification time (ms) of a TypeScript source or configuration file under `base`. */
function newestSourceMs(base) {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of SOURCES) if (existsSync(`${base}${dir}`)) visit(`${base}${dir}`);
  for (const file of CONFIGS)
    if (existsSync(`${base}${file}`)) newest = Math.max(newest, statSync(`${base}${file}`).mtimeMs);
  return newest;
}

/** Whether dist/ under `base` (a path ending in `/`) was built from sources no older than it. */
export function isDistFresh(base = root) {
  return existsSync(`${base}${STAMP}`) && statSync(`${base}${STAMP}`).mtimeMs >= newestSourceMs(base);
}

/** Builds dist (tsc -p tsconfig.build.json, then the CLI's bundle) unless it is fresh; returns whether it built. */
export function ensureDist() {
  if (isDistFresh()) return false;
  process.stderr.write('building dist/ (sources changed)…\n');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const startedMs = Date.now();
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  bundleCli(root);
  const stamp = `${root}${STAMP}`;
  writeFileSync(stamp, `built from the sources as they were at ${new Date(startedMs).toISOString()}\n`);
  // Dated when the build started: a source saved during the build still counts as newer.
  utimesSync(stamp, startedMs / 1000, startedMs / 1000);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureDist();
  const { main } = await import(pathToFileURL(`${root}${cliBundleEntry}`).href);
  process.exitCode = await main(process.argv.slice(2));
}
