/**
 * Packs the repository exactly as `npm publish` would (build, then `npm pack`) and installs the
 * tarball into fresh projects with `npm ci --offline`: what a user gets, with no network.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createConsumerLock, type LockEntry } from './create-consumer-lock.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** The packed tarball: its file name, integrity, file list and manifest. */
export interface PackedTarball {
  file: string;
  integrity: string;
  files: string[];
  manifest: { name: string; version: string; [key: string]: unknown };
}

/** `npm run build` then `npm pack --ignore-scripts` (the build already ran) into `dir`. */
export async function packTarball(dir: string): Promise<PackedTarball> {
  await run('npm', ['run', 'build'], { cwd: repoRoot });
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: repoRoot,
  });
  const [packed] = JSON.parse(stdout) as Array<{ filename: string; integrity: string; files: Array<{ path: string }> }>;
  const manifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as PackedTarball['manifest'];
  return {
    file: join(dir, packed!.filename),
    integrity: packed!.integrity,
    files: packed!.files.map((f) => f.path),
    manifest,
  };
}

/**
 * Creates `dir/name` with a package.json and lock for the tarball plus `extra` repository
 * packages, and installs it from the npm cache only. Returns the project folder.
 */
export async function installConsumer(
  dir: string,
  name: string,
  tarball: PackedTarball,
  extra: readonly string[],
): Promise<{ project: string; output: string }> {
  const project = join(dir, name);
  await mkdir(project, { recursive: true });
  const repoLock = JSON.parse(await readFile(join(repoRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const { packageJson, packageLock } = createConsumerLock({
    repoPackages: repoLock.packages,
    manifest: tarball.manifest,
    tarball: { path: `../${tarball.file.split('/').pop()}`, integrity: tarball.integrity },
    extra,
  });
  await writeFile(join(project, 'package.json'), JSON.stringify(packageJson, null, 2));
  await writeFile(join(project, 'package-lock.json'), JSON.stringify(packageLock, null, 2));
  try {
    const { stdout, stderr } = await run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], { cwd: project });
    return { project, output: `${stdout}${stderr}` };
  } catch (error) {
    const { stderr = '' } = error as { stderr?: string };
    throw new Error(
      `npm ci --offline failed in the ${name} consumer (is the npm cache filled by the repository's npm ci?): ${stderr.trim().split('\n').slice(-5).join(' | ')}`,
      { cause: error },
    );
  }
}

/** Runs the repository's TypeScript compiler on a consumer project's tsconfig; returns its diagnostics. */
export async function typecheck(project: string, tsconfig: string): Promise<{ ok: boolean; output: string }> {
  try {
    await run(
      process.execPath,
      [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', tsconfig, '--pretty', 'false'],
      { cwd: project },
    );
    return { ok: true, output: '' };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${stdout}${stderr}`.trim() };
  }
}
