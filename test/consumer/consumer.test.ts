/**
 * What a user gets: the tarball `npm pack` makes, installed offline (`npm ci --offline`, from the
 * npm cache the repository's own `npm ci` filled) into fresh projects, compiled by strict
 * TypeScript with `skipLibCheck: false` under NodeNext and Bundler resolution, required from
 * CommonJS, run through its bin, and used from a vitest project. One pack, two installs, shared.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  commonJs,
  commonJsTyped,
  conformanceWithoutVitest,
  consumerTsconfig,
  expectedOutput,
  matcherTest,
  readmeAmbient,
  readmeTypeScriptBlocks,
  typeErrors,
  vitestConfig,
  vitestSetup,
} from './consumer-sources.js';
import { installConsumer, packTarball, repoRoot, typecheck, type PackedTarball } from './install-consumers.js';

const run = promisify(execFile);
// The type checks run one after another: a test awaiting the last one may wait for all four.
const CHECK_TIMEOUT = 180_000;

describe('the packed tarball in fresh consumer projects', () => {
  let dir: string;
  let tarball: PackedTarball;
  let full: { project: string; output: string };
  let plain: { project: string; output: string };
  /** The ```ts runnable blocks of the documents, written as readme-N.ts files of the full project. */
  const runnables: Array<{ document: string; file: string; expected: string | undefined }> = [];
  /** The type checks, queued once the projects exist and awaited by the tests that need them. */
  const checks: Record<string, Promise<{ ok: boolean; output: string }>> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ingo-consumer-'));
    tarball = await packTarball(dir);
    [full, plain] = await Promise.all([
      // With the optional peers: vitest for the matcher, ioredis for docs/redis.md's ingo-session/redis block,
      // @opentelemetry/api for ingo-session/otel, and the SDK docs/observability.md's runnable example records spans with.
      installConsumer(dir, 'full', tarball, [
        '@types/node',
        'vitest',
        'ioredis',
        '@opentelemetry/api',
        '@opentelemetry/core',
        '@opentelemetry/sdk-trace-base',
      ]),
      installConsumer(dir, 'plain', tarball, ['@types/node']),
    ]);
    // The examples of this package in the README and the guides (blocks importing ingo-session; a block
    // importing nothing is an excerpt of another tool's setup, such as the generator hooks, tested by the
    // generator matrix).
    const documents = [
      'README.md',
      ...(await readdir(join(repoRoot, 'docs')))
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => `docs/${name}`),
    ];
    const blocks: Array<{ code: string; runnable: boolean; document: string }> = [];
    for (const document of documents)
      blocks.push(
        ...readmeTypeScriptBlocks(await readFile(join(repoRoot, document), 'utf8'))
          .filter(({ code }) => /^import .* from 'ingo-session(\/[a-z]+)?';$/m.test(code))
          .map((block) => ({ ...block, document })),
      );
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    const readmeFiles: string[] = [];
    const matcherFiles: string[] = [];
    for (const [index, { code, runnable, document }] of blocks.entries()) {
      const name = `readme-${index + 1}.ts`;
      const usesVitest = code.includes('ingo-session/conformance');
      await writeFile(join(full.project, name), usesVitest ? `import { expect } from 'vitest';\n${code}` : code);
      (usesVitest ? matcherFiles : readmeFiles).push(name);
      if (runnable) runnables.push({ document, file: name, expected: expectedOutput(code) });
    }
    await writeFile(join(full.project, 'readme-ambient.d.ts'), readmeAmbient);
    await writeFile(join(full.project, 'type-errors.ts'), typeErrors);
    await writeFile(join(full.project, 'require.cjs'), commonJs);
    await writeFile(join(full.project, 'require-typed.cts'), commonJsTyped);
    await writeFile(join(full.project, 'vitest.setup.ts'), vitestSetup);
    await writeFile(join(full.project, 'vitest.config.ts'), vitestConfig);
    await writeFile(join(full.project, 'matcher.test.ts'), matcherTest);
    await writeFile(join(plain.project, 'conformance.ts'), conformanceWithoutVitest);
    await writeFile(
      join(full.project, 'type-errors-bare.ts'),
      typeErrors.replaceAll(/^\s*\/\/ @ts-expect-error.*$/gm, ''),
    );

    // One program per module setting holds the README and guides, the mistakes, the CommonJS file and the vitest files.
    const everything = [
      'readme-ambient.d.ts',
      ...readmeFiles,
      ...matcherFiles,
      'type-errors.ts',
      'vitest.setup.ts',
      'matcher.test.ts',
    ];
    const configs = {
      NodeNext: [full.project, consumerTsconfig('NodeNext', [...everything, 'require-typed.cts'], ['node'])],
      Bundler: [full.project, consumerTsconfig('Bundler', everything, ['node'])],
      bare: [full.project, consumerTsconfig('NodeNext', ['type-errors-bare.ts'], ['node'], { skipLibCheck: true })],
      withoutVitest: [plain.project, consumerTsconfig('NodeNext', ['conformance.ts'], ['node'])],
    } as const;
    // One after the other (each is a few CPU seconds of lib checking), so that the rest of the suite keeps its cores.
    let previous: Promise<unknown> = Promise.resolve();
    for (const [name, [project, tsconfig]] of Object.entries(configs)) {
      await writeFile(join(project, `tsconfig.${name}.json`), tsconfig);
      const check = previous.then(() => typecheck(project, `tsconfig.${name}.json`));
      checks[name] = check;
      previous = check;
    }
  }, 180_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('the tarball holds LICENSE and the generated declarations, and no source maps, tests or tarballs', () => {
    expect(tarball.files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'bin/ingo-session.js',
        'dist/generated/session-management.d.ts',
        'dist/src/index.d.ts',
        'dist/conformance/index.d.ts',
      ]),
    );
    expect(tarball.files.filter((file) => /\.map$|\.test(-d)?\.|test-helpers\/|\.tgz$/.test(file))).toEqual([]);
  });

  test('every import of a built file resolves inside the tarball, or to a declared dependency or peer', async () => {
    const shipped = new Set(tarball.files);
    const allowed = new Set([
      ...Object.keys((tarball.manifest.dependencies as object) ?? {}),
      ...Object.keys((tarball.manifest.peerDependencies as object) ?? {}),
    ]);
    const problems: string[] = [];
    for (const file of tarball.files.filter((f) => /^(dist|bin)\/.*\.(js|d\.ts)$/.test(f))) {
      const text = await readFile(join(full.project, 'node_modules/ingo-session', file), 'utf8');
      // TypeScript's own scanner: real imports and import() calls, not code quoted in strings (x-codeSamples).
      for (const specifier of ts.preProcessFile(text, true, true).importedFiles.map((entry) => entry.fileName)) {
        if (specifier!.startsWith('.')) {
          const target = posix.join(posix.dirname(file), specifier!);
          const wanted = file.endsWith('.d.ts') ? target.replace(/\.js$/, '.d.ts') : target;
          if (!shipped.has(wanted)) problems.push(`${file} imports ${specifier}, not in the tarball`);
        } else if (!specifier!.startsWith('node:') && !builtinModules.includes(specifier!)) {
          const name = specifier!.startsWith('@')
            ? specifier!.split('/').slice(0, 2).join('/')
            : specifier!.split('/')[0]!;
          if (!allowed.has(name)) problems.push(`${file} imports ${specifier}, not a dependency`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('no install or prepare script reaches a consumer; vitest is an optional peer', () => {
    const scripts = (tarball.manifest.scripts ?? {}) as Record<string, string>;
    expect(Object.keys(scripts).filter((name) => /^(pre|post)?(install|prepare)$/.test(name))).toEqual([]);
    expect(tarball.manifest.peerDependenciesMeta).toMatchObject({ vitest: { optional: true } });
    expect(`${full.output}${plain.output}`).not.toMatch(/ingo-session.*(install|prepare)/);
  });

  test.each(['NodeNext', 'Bundler'] as const)(
    '%s, strict, skipLibCheck false: the README and guides compile, spec mistakes are type errors, the matcher is typed',
    async (setting) => {
      expect(await checks[setting]).toEqual({ ok: true, output: '' });
    },
    CHECK_TIMEOUT,
  );

  test(
    'the type-error lines fail for the reason they name (without @ts-expect-error, tsc reports each)',
    async () => {
      const { ok, output } = await checks.bare!;
      expect(ok).toBe(false);
      expect(output).toContain("'language_locale_cod' does not exist");
      expect(output).toContain("Type 'number' is not assignable to type 'string'");
      expect(output).toContain(`Type '"xx-XX"' is not assignable`);
      expect(output).toContain("Property 'participant_unique_id1' is missing");
      expect(output).toContain("Cannot assign to 'attempt' because it is a read-only property");
      expect(output).toContain("Property 'push' does not exist on type 'readonly string[]'");
      expect(output).toContain(`and '"redirect"' have no overlap`);
      expect(output).toContain("Type 'string' is not assignable to type 'Tracer'");
      expect(output.match(/error TS/g)).toHaveLength(12);
    },
    CHECK_TIMEOUT,
  );

  test('the runnable examples of the guides run from the installed tarball and print what they say they print', async () => {
    expect(runnables.map(({ document }) => document)).toContain('docs/observability.md');
    for (const { document, file, expected } of runnables) {
      expect(expected, `${document}: a runnable block ends with its output under // Prints:`).toBeDefined();
      // Node 20 does not strip types: the repository's TypeScript turns the block into plain JavaScript.
      const script = file.replace(/\.ts$/, '.mjs');
      await writeFile(join(full.project, script), await transpile(join(full.project, file)));
      const { stdout, stderr } = await run(process.execPath, [script], { cwd: full.project });
      expect({ document, stdout, stderr }).toEqual({ document, stdout: expected, stderr: '' });
    }
  }, 60_000);

  test('CommonJS: require() of the package works at run time (the .cts file is typed in the NodeNext check)', async () => {
    const { stdout, stderr } = await run(process.execPath, ['require.cjs'], { cwd: full.project });
    expect(JSON.parse(stdout)).toMatchObject({ ok: true });
    expect(stderr).toBe('');
  });

  test('the installed bin prints its version and runs the conformance main job against the embedded mock', async () => {
    const bin = join(plain.project, 'node_modules/.bin/ingo-session');
    const version = await run(bin, ['--version'], { cwd: plain.project });
    expect(version.stdout).toBe(`${tarball.manifest.version}\n`);
    const conformance = await run(bin, ['conformance'], { cwd: plain.project });
    expect(conformance.stdout).toMatch(/passed/i);
  }, 60_000);

  test(
    'ingo-session/conformance without vitest installed: types check and the suite runs',
    async () => {
      expect(await checks.withoutVitest).toEqual({ ok: true, output: '' });
      // Node 20 does not strip types: the repository's TypeScript turns the file into plain JavaScript.
      await writeFile(join(plain.project, 'conformance.mjs'), await transpile(join(plain.project, 'conformance.ts')));
      const { stdout } = await run(process.execPath, ['conformance.mjs'], { cwd: plain.project });
      expect(JSON.parse(stdout)).toMatchObject({ failed: 0 });
    },
    CHECK_TIMEOUT,
  );

  test('a vitest project: the matcher passes against the mock and fails a made-up answer', async () => {
    const { stdout } = await run(join(full.project, 'node_modules/.bin/vitest'), ['run', '--reporter=json'], {
      cwd: full.project,
    });
    expect(JSON.parse(stdout)).toMatchObject({ numPassedTests: 1, numFailedTests: 0 });
  }, 60_000);
});

async function transpile(file: string): Promise<string> {
  return ts.transpileModule(await readFile(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
}
