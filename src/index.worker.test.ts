import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { expect, test } from 'vitest';
import * as mainEntry from './index.js';
import * as workerEntry from './index.worker.js';

/** Every name an entry file exports, values and types alike, with the module it comes from. */
function exportsOf(file: string): { name: string; from: string }[] {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  return [...text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'([^']+)'/g)].flatMap(([, names, from]) =>
    names!
      .split(',')
      .map((name) => name.replace(/^\s*type\s+/, '').trim())
      .filter(Boolean)
      .map((name) => ({ name, from: from! })),
  );
}

// What needs Node: the mock (its node:http server and stores) and explain (Buffer, thousands of
// synchronous HMACs). Everything else the main entry exports, the worker entry exports too.
const isNodeOnly = ({ from }: { from: string }) => from.startsWith('./mock/') || from.startsWith('./explain/');
const names = (list: { name: string }[]) => list.map(({ name }) => name).sort();

test('the worker entry exports every name of the main entry but the Node-only mock and explain', () => {
  const main = exportsOf('./index.ts');
  // A name added to src/index.ts belongs in src/index.worker.ts too, unless it comes from a
  // Node-only folder (then docs/runtimes.md's list of what Workers lack names it).
  expect(names(exportsOf('./index.worker.ts'))).toEqual(names(main.filter((entry) => !isNodeOnly(entry))));
  expect(names(main.filter(isNodeOnly))).toEqual(
    expect.arrayContaining(['startMock', 'listen', 'createMockHandler', 'explainRequest', 'MockOptions']),
  );
});

test('at run time too: the same values, less the Node-only ones', () => {
  const nodeOnly = new Set(names(exportsOf('./index.ts').filter(isNodeOnly)));
  expect(Object.keys(workerEntry).sort()).toEqual(
    Object.keys(mainEntry)
      .filter((name) => !nodeOnly.has(name))
      .sort(),
  );
});

test('nothing reachable from the worker entry imports a Node built-in', async () => {
  const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
  const imported: string[] = [];
  await build({
    entryPoints: [new URL('./index.worker.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    logLevel: 'silent',
    plugins: [
      {
        name: 'record-builtins',
        setup(plugin) {
          plugin.onResolve({ filter: /.*/ }, ({ path, importer }) => {
            if (!builtins.has(path)) return undefined;
            imported.push(`${path} from ${importer}`);
            return { path, external: true };
          });
        },
      },
    ],
  });
  expect(imported).toEqual([]);
  // The check can fail: the main entry does reach node:http (the mock).
  const mainImports: string[] = [];
  await build({
    entryPoints: [new URL('./index.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
    plugins: [
      {
        name: 'record',
        setup: (plugin) =>
          void plugin.onResolve({ filter: /^node:/ }, ({ path }) => (mainImports.push(path), { path, external: true })),
      },
    ],
  });
  expect(mainImports).toContain('node:http');
});

test("the package's worker conditions come before its Node default, each with the worker entry's types", () => {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    exports: { '.': Record<string, unknown> };
  };
  const conditions = Object.keys(manifest.exports['.']);
  for (const condition of ['workerd', 'worker', 'edge-light', 'browser']) {
    // Conditions are matched in key order: a worker condition after "types" or "default" would never be chosen.
    expect(conditions.indexOf(condition)).toBeGreaterThanOrEqual(0);
    expect(conditions.indexOf(condition)).toBeLessThan(conditions.indexOf('default'));
    expect(conditions.indexOf(condition)).toBeLessThan(conditions.indexOf('types'));
    expect(manifest.exports['.'][condition]).toEqual({
      types: './dist/src/index.worker.d.ts',
      default: './dist/src/index.worker.js',
    });
  }
});

test('no module reachable from the worker entry uses the Node globals Buffer or process unguarded', async () => {
  // These two look before they use: utf8-byte-length checks for Buffer, signing-crypto asks process.getBuiltinModule.
  const guarded = ['src/signing/utf8-byte-length.ts', 'src/signing/signing-crypto.ts'];
  const { metafile } = await build({
    entryPoints: [new URL('./index.worker.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    logLevel: 'silent',
  });
  const own = Object.keys(metafile.inputs).filter((file) => !file.includes('node_modules') && !guarded.includes(file));
  expect(own.length).toBeGreaterThan(20);
  const users = own.filter((file) => {
    // Code only: block comments, then string literals (the spec's data quotes code samples), then line comments.
    const code = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""')
      .replace(/\/\/.*$/gm, '');
    return /\bBuffer\b|\bprocess\./.test(code);
  });
  // Use Uint8Array and TextEncoder instead (Workers without nodejs_compat have neither global).
  expect(users).toEqual([]);
});
