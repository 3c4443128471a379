import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root and its spec, for generators that take a path. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
export const specPath = join(repositoryRoot, 'openapi/session-management.yaml');

/** A temporary folder for one generator's output and the tests written against it. */
export interface GeneratorWorkspace {
  dir: string;
  /** An absolute path inside the workspace. */
  path(file: string): string;
  /** Writes a file (folders created as needed). */
  write(file: string, text: string): Promise<void>;
  /** Imports a generated module (vitest transforms its TypeScript). */
  load<T>(file: string): Promise<T>;
  remove(): Promise<void>;
}

/**
 * Creates a workspace under the system's temporary folder. It links the repository's node_modules,
 * so the generated code resolves its runtime (`@oazapfts/runtime`, `zod`, …) and `@types/node` the
 * way it would in a user's project, without writing anything into the repository.
 */
export async function createGeneratorWorkspace(name: string): Promise<GeneratorWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), `ingo-gen-${name}-`));
  await symlink(join(repositoryRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const path = (file: string) => join(dir, file);
  return {
    dir,
    path,
    async write(file, text) {
      await mkdir(dirname(path(file)), { recursive: true });
      await writeFile(path(file), text);
    },
    load: (file) => import(pathToFileURL(path(file)).href),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
