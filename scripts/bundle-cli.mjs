/**
 * Bundles the CLI (cli/main.ts and everything it imports from src/, conformance/ and generated/,
 * compiled by esbuild) into dist/cli/: one module for the entry and one chunk per lazily loaded command or shared part,
 * with the packages in node_modules left as imports. Why: started from ~110 separate modules, the
 * CLI spent about a sixth of the README's main job (`ingo-session conformance`) resolving,
 * reading and compiling them one by one (bench/startup.bench.ts). Dynamic imports stay dynamic
 * (esbuild's code splitting), so `--help` still loads no command. The library's entry points
 * (dist/src/index.js and the rest) stay unbundled: this is the CLI's copy of the same code, which
 * imports nothing from them, so no class is ever seen from two copies. tsc type-checks cli/ (tsconfig.json)
 * but does not emit it: the CLI is not part of the library's API, so dist/ holds only this bundle of it.
 * Plain JavaScript, shared by scripts/build-package.ts and scripts/run-compiled-cli.mjs.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** The bundle's entry, relative to the package root. */
export const cliBundleEntry = 'dist/cli/main.js';

/**
 * Builds dist/cli/ afresh from the TypeScript sources; throws on any esbuild error.
 * `entry` and `outdir` (relative to `root`, or absolute) are for tests, which bundle the sources
 * into a folder of their own rather than touch the dist/ other tests use.
 */
export function bundleCli(root, { entry = 'cli/main.ts', outdir = 'dist/cli' } = {}) {
  const { buildSync } = createRequire(join(root, 'package.json'))('esbuild');
  // Chunks are named by content hash: an older build's would otherwise stay beside the new ones.
  rmSync(resolve(root, outdir), { recursive: true, force: true });
  buildSync({
    absWorkingDir: root,
    entryPoints: [entry],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // ajv, fast-check, openapi-fetch, ioredis…: resolved from node_modules at run time, as before.
    packages: 'external',
    logLevel: 'warning',
    chunkNames: 'chunks/[name]-[hash]',
  });
}
