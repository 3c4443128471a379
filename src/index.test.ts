import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build, type Plugin } from 'esbuild';
import { expect, test } from 'vitest';
import * as mainEntry from './index.js';

const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/** Bundles an entry for a neutral platform and lists every Node built-in anything in it imports. */
async function builtinsReachedFrom(entry: string): Promise<{ imported: string[]; inputs: string[] }> {
  const imported: string[] = [];
  const record: Plugin = {
    name: 'record-builtins',
    setup(plugin) {
      plugin.onResolve({ filter: /.*/ }, ({ path, importer }) => {
        if (!builtins.has(path)) return undefined;
        imported.push(`${path} from ${importer}`);
        return { path, external: true };
      });
    },
  };
  const { metafile } = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    logLevel: 'silent',
    plugins: [record],
  });
  return { imported, inputs: Object.keys(metafile.inputs) };
}

test('nothing reachable from the main entry imports a Node built-in; the check can fail (the mock entry does)', async () => {
  expect((await builtinsReachedFrom('./index.ts')).imported).toEqual([]);
  expect((await builtinsReachedFrom('./mock/index.ts')).imported.join('\n')).toMatch(/node:http/);
});

test('the main entry reaches no optional integration (Redis, OpenTelemetry)', async () => {
  const { inputs } = await builtinsReachedFrom('./index.ts');
  expect(inputs.filter((file) => /ioredis|@opentelemetry|src\/redis\/|src\/otel\//.test(file))).toEqual([]);
  expect((await builtinsReachedFrom('./otel/index.ts')).inputs.join('\n')).toMatch(/@opentelemetry\/api/);
});

test('no module reachable from the main entry uses the Node globals Buffer or process unguarded', async () => {
  // These look before they use: utf8-byte-length checks for Buffer, signing-crypto asks process.getBuiltinModule.
  const guarded = ['src/signing/utf8-byte-length.ts', 'src/signing/signing-crypto.ts'];
  const { inputs } = await builtinsReachedFrom('./index.ts');
  const own = inputs.filter((file) => !file.includes('node_modules') && !guarded.includes(file));
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

test('the package exports one condition-free entry per subpath, each built from a file that exists', () => {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    exports: Record<string, { types: string; default: string } | string>;
  };
  expect(Object.keys(manifest.exports)).toEqual([
    '.',
    './mock',
    './explain',
    './conformance',
    './redis',
    './otel',
    './package.json',
  ]);
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    if (typeof target === 'string') continue;
    expect(Object.keys(target), subpath).toEqual(['types', 'default']);
    const source = target.default.replace(/^\.\/dist\//, '../').replace(/\.js$/, '.ts');
    expect(() => readFileSync(new URL(source, import.meta.url)), subpath).not.toThrow();
  }
});

test('the main entry exports the client, signing, errors and spec constants, and no mock or explain', () => {
  expect(Object.keys(mainEntry)).toEqual(
    expect.arrayContaining(['createSessionClient', 'signRequest', 'verifyRequest', 'signingMiddleware', 'spec']),
  );
  for (const name of ['startMock', 'createMockHandler', 'explainRequest', 'signRequestAsync', 'BodySourceRequest'])
    expect(Object.keys(mainEntry)).not.toContain(name);
});
