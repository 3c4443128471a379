import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, transform } from 'esbuild';
import { runBoundedProcess } from './run-bounded-process.js';
import type { SmokeInput } from './smoke-checks.js';

const root = new URL('..', import.meta.url).pathname;
const here = new URL('.', import.meta.url).pathname;

/**
 * Builds dist, packs the tarball and installs it in a fresh project under `folder`, the way a user
 * would (`npm install <tarball>`; dependencies from npm's cache or the registry), then writes the
 * smoke suite beside it: `smoke-main.js` for Node, Bun and Deno, and `worker-entry.js` for the
 * Worker (see bundleSmokeWorker). Returns the project folder.
 */
export async function prepareConsumer(
  folder: string,
  input: Pick<SmokeInput, 'mockUrl' | 'credentials'>,
): Promise<string> {
  await step('npm run build', 'npm', ['run', 'build'], root);
  const packed = await step(
    'npm pack',
    'npm',
    ['pack', '--ignore-scripts', '--silent', '--pack-destination', folder],
    root,
  );
  const tarball = join(folder, packed.trim().split('\n').pop()!);
  const project = join(folder, 'consumer');
  await mkdir(project);
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify(
      { name: 'runtime-smoke', private: true, type: 'module', dependencies: { 'ingo-session': `file:${tarball}` } },
      null,
      2,
    ),
  );
  await step(
    'npm install (tarball)',
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'],
    project,
  );

  const vectorFolder = join(root, 'src/signing/vectors');
  const vectors = readdirSync(vectorFolder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => (JSON.parse(readFileSync(join(vectorFolder, file), 'utf8')) as { vectors: unknown[] }).vectors);
  await writeFile(join(project, 'vectors.json'), JSON.stringify(vectors));
  await writeFile(join(project, 'input.json'), JSON.stringify(input));
  for (const name of ['smoke-checks', 'smoke-signing-checks', 'smoke-client-checks', 'smoke-assert', 'smoke-worker']) {
    const { code } = await transform(readFileSync(join(here, `${name}.ts`), 'utf8'), {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
    });
    await writeFile(join(project, `${name}.js`), code);
  }
  const imports = `import * as lib from 'ingo-session';\nimport vectors from './vectors.json' with { type: 'json' };\nimport input from './input.json' with { type: 'json' };\n`;
  await writeFile(
    join(project, 'smoke-main.js'),
    `${imports}import { runSmokeChecks } from './smoke-checks.js';\nconsole.log(JSON.stringify(await runSmokeChecks({ ...input, lib, vectors, nodeCrypto: true })));\n`,
  );
  // The Worker reads the mock's URL and the credentials from its bindings, at module scope, as the README shows.
  await writeFile(
    join(project, 'worker-entry.js'),
    `import * as lib from 'ingo-session';\nimport { env } from 'cloudflare:workers';\nimport vectors from './vectors.json' with { type: 'json' };\nimport { createSmokeWorker } from './smoke-worker.js';\n` +
      `export default createSmokeWorker(lib, { mockUrl: env.INGO_BASE_URL, credentials: { username: env.INGO_USERNAME, secret: env.INGO_SECRET }, vectors });\n`,
  );
  return project;
}

/**
 * Bundles the smoke Worker into `project/<file>` as a Workers build does (wrangler's conditions;
 * with nodejs_compat, `node:*` left to the runtime). Throws esbuild's error when the package cannot be bundled for a Worker (without
 * nodejs_compat, a Node built-in reached from the entry).
 */
export async function bundleSmokeWorker(
  project: string,
  { nodejsCompat, file }: { nodejsCompat: boolean; file: string },
): Promise<void> {
  await build({
    entryPoints: [join(project, 'worker-entry.js')],
    absWorkingDir: project,
    outfile: join(project, file),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
    external: ['cloudflare:workers', ...(nodejsCompat ? ['node:*'] : [])],
    logLevel: 'silent',
  });
}

async function step(label: string, command: string, args: string[], cwd: string): Promise<string> {
  const { code, stdout, stderr } = await runBoundedProcess(command, args, { cwd, timeoutMs: 300_000 });
  if (code !== 0) throw new Error(`${label} failed (exit ${code}):\n${stderr || stdout}`);
  return stdout;
}
