/**
 * Heavy packages only one test tier needs (Bun, Deno and workerd for `npm run test:runtimes`, the
 * headless Chromium of the docs browser test) are not devDependencies, so `npm ci` does not download
 * them: the tier that needs one installs it from the npm registry into the ignored
 * `.cache/on-demand/<name>@<version>/` on first use and reuses it after, as `npm run test:node` does
 * with Node binaries. Their versions live in package.json's `onDemandDependencies`.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The pinned versions (package.json `onDemandDependencies`). */
export function onDemandVersions(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    onDemandDependencies?: Record<string, string>;
  };
  return manifest.onDemandDependencies ?? {};
}

/**
 * Installs `name` at its pinned version into `.cache/on-demand/` unless it is there, and returns the
 * folder holding its `node_modules/` (so `node_modules/.bin/<bin>` and `node_modules/<name>`).
 * Concurrent callers are safe: each installs into a folder of its own and renames it into place.
 */
export async function installOnDemand(name: string): Promise<string> {
  const version = onDemandVersions()[name];
  if (version === undefined) throw new Error(`${name} is not in package.json's onDemandDependencies`);
  const prefix = join(root, '.cache/on-demand', `${name.replace('/', '+')}@${version}`);
  if (existsSync(join(prefix, 'node_modules', name, 'package.json'))) return prefix;
  const scratch = `${prefix}.${process.pid}.${Date.now()}`;
  await mkdir(scratch, { recursive: true });
  try {
    await promisify(execFile)(
      'npm',
      [
        'install',
        '--prefix',
        scratch,
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        `${name}@${version}`,
      ],
      { cwd: root, maxBuffer: 16 << 20 },
    );
    await rename(scratch, prefix).catch((error: NodeJS.ErrnoException) => {
      // Another process put it there first: use theirs.
      if (!existsSync(join(prefix, 'node_modules', name, 'package.json'))) throw error;
    });
  } catch (error) {
    throw new Error(
      `could not install ${name}@${version} from the npm registry into .cache/on-demand/: ${(error as Error).message.split('\n')[0]}`,
      { cause: error },
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return prefix;
}

/** The path of an on-demand package's executable, installing the package first when needed. */
export async function onDemandBin(name: string, bin = name): Promise<string> {
  return join(await installOnDemand(name), 'node_modules/.bin', bin);
}
