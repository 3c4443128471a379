import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { expect, test } from 'vitest';
import * as mainEntry from './index.js';
import * as workerEntry from './index.worker.js';

/** Every name an entry file exports, values and types alike (`export { a, type B } from`, `export type { C } from`). */
function exportedNames(file: string): string[] {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  const names = [...text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*from/g)].flatMap((match) => match[1]!.split(','));
  return names.map((name) => name.replace(/^\s*type\s+/, '').trim()).filter(Boolean).sort();
}

// The names of the main entry that need Node (the mock's node:http server; explain's Buffer and
// thousands of synchronous HMACs), and only those.
const nodeOnly = [
  ...['createMockHandler', 'defaultMockCredentials', 'startMock', 'listen', 'MockConnectionDrop', 'isMockConnectionDrop'],
  ...['explainRequest', 'parseCapturedRequest', 'formatExplanation', 'ExplainInputError', 'isExplainInputError', 'diagnosisFixes'],
];
const nodeOnlyTypes = [
  ...['MockCredentials', 'MockFaults', 'MockFetchHandler', 'MockHandler', 'MockLogEvent', 'MockOptions', 'MockSession', 'MockSessionView', 'RunningMock', 'ListenOptions', 'MockServer'],
  ...['ExplainOptions', 'CaptureFormat', 'CapturedHeader', 'CapturedRequest', 'CheckName', 'Diagnosis', 'DiagnosisCode', 'ExplainCheck', 'Explanation', 'SigningStringComparison'],
];

test('the worker entry exports every name of the main entry but the Node-only mock and explain', () => {
  const worker = exportedNames('./index.worker.ts');
  const expected = exportedNames('./index.ts').filter((name) => !nodeOnly.includes(name) && !nodeOnlyTypes.includes(name));
  // A name added to src/index.ts belongs in src/index.worker.ts too, unless it needs a Node built-in
  // (then it joins the Node-only lists above, and the README's list of what Workers lack).
  expect(worker).toEqual(expected);
  expect(exportedNames('./index.ts')).toEqual(expect.arrayContaining([...nodeOnly, ...nodeOnlyTypes]));
});

test('at run time too: the same values, less the Node-only ones', () => {
  expect(Object.keys(workerEntry).sort()).toEqual(Object.keys(mainEntry).filter((name) => !nodeOnly.includes(name)).sort());
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
