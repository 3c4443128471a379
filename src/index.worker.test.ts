import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { expect, test } from 'vitest';
import * as main from './index.js';
import * as worker from './index.worker.js';

/** The export statements of an entry file, without its header comment. */
function exportsOf(file: string): string {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  return text.slice(text.indexOf('*/') + 2).trim();
}

test('the worker entry exports what the main entry does, less the Node-only mock block', () => {
  const mainText = exportsOf('./index.ts');
  const mockBlock = mainText.slice(mainText.indexOf('// The embedded mock server.'), mainText.indexOf('// What the spec says, as data'));
  expect(mockBlock).toContain('startMock');
  expect(exportsOf('./index.worker.ts')).toBe(mainText.replace(mockBlock, ''));
  const nodeOnly = ['createMockHandler', 'defaultMockCredentials', 'startMock', 'listen', 'MockConnectionDrop', 'isMockConnectionDrop'];
  expect(Object.keys(worker).sort()).toEqual(Object.keys(main).filter((name) => !nodeOnly.includes(name)).sort());
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
    plugins: [{ name: 'record', setup: (plugin) => void plugin.onResolve({ filter: /^node:/ }, ({ path }) => (mainImports.push(path), { path, external: true })) }],
  });
  expect(mainImports).toContain('node:http');
});

test("the package's worker conditions come before its Node default, each with the worker entry's types", () => {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: { '.': Record<string, unknown> } };
  const conditions = Object.keys(manifest.exports['.']);
  for (const condition of ['workerd', 'worker', 'edge-light', 'browser']) {
    // Conditions are matched in key order: a worker condition after "types" or "default" would never be chosen.
    expect(conditions.indexOf(condition)).toBeGreaterThanOrEqual(0);
    expect(conditions.indexOf(condition)).toBeLessThan(conditions.indexOf('default'));
    expect(conditions.indexOf(condition)).toBeLessThan(conditions.indexOf('types'));
    expect(manifest.exports['.'][condition]).toEqual({ types: './dist/src/index.worker.d.ts', default: './dist/src/index.worker.js' });
  }
});
