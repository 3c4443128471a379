/**
 * `npm run build`: compiles src/, conformance/ and generated/ into a clean dist/, copies the
 * generated files tsc does not emit (declaration-only `.d.ts` such as session-management.d.ts, or
 * plain `.js`/`.json`), so every import of a built `.d.ts` or `.js` resolves inside dist/, and
 * bundles the CLI (cli/) into dist/cli/ (scripts/bundle-cli.mjs).
 * Run by `npm pack` (prepack) and by the commands that need dist/; never by a consumer's install.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
// @ts-expect-error plain JavaScript (run-compiled-cli.mjs uses it before anything is compiled), without types.
import { bundleCli } from './bundle-cli.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The generated files tsc leaves behind: everything but the `.ts` sources it compiles. */
export function needsCopy(name: string): boolean {
  return name.endsWith('.d.ts') || !/\.[cm]?ts$/.test(name);
}

/** Builds dist/ from scratch (stale files of an older build never reach the tarball); returns the copied files. */
export async function buildPackage(): Promise<string[]> {
  await rm(join(root, 'dist'), { recursive: true, force: true });
  await promisify(execFile)(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    { cwd: root },
  );
  await mkdir(join(root, 'dist/generated'), { recursive: true });
  const copied: string[] = [];
  for (const entry of await readdir(join(root, 'generated'), { withFileTypes: true })) {
    if (!entry.isFile() || !needsCopy(entry.name)) continue;
    await copyFile(join(root, 'generated', entry.name), join(root, 'dist/generated', entry.name));
    copied.push(`generated/${entry.name}`);
  }
  (bundleCli as (root: string) => void)(root);
  return copied;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const copied = await buildPackage();
  console.log(`built dist/ (copied ${copied.join(', ') || 'nothing'} beside the compiled files)`);
}
