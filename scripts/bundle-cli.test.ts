import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
// @ts-expect-error plain JavaScript (it runs before anything is compiled), without types.
import { bundleCli } from './bundle-cli.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The same bundling into a folder of this test's own: dist/ belongs to the tests that build and
// pack it, and may be rebuilt while this one runs.
const outdir = mkdtempSync(join(tmpdir(), 'ingo-cli-bundle-'));
const entry = join(outdir, 'main.js');
const STATIC = /^import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["'];?$/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

function specifiers(file: string, pattern: RegExp): string[] {
  return [...readFileSync(file, 'utf8').matchAll(pattern)].map((match) => match[1]!);
}

/** The bundle's files reachable from `start` through static imports only (what loading it loads). */
function staticClosure(start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of specifiers(file, STATIC)) if (spec.startsWith('.')) visit(join(dirname(file), spec));
  };
  visit(start);
  return seen;
}

function bundleFiles(): string[] {
  return readdirSync(outdir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(outdir, name));
}

beforeAll(() => (bundleCli as (root: string, options: object) => void)(root, { outdir }), 60_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

test('starting the bundled CLI loads no command: each of the six is a chunk loaded on demand', () => {
  const loaded = [...staticClosure(entry)].map((file) => relative(outdir, file));
  expect(loaded.filter((file) => /-command-/.test(file))).toEqual([]);
  const onDemand = specifiers(entry, DYNAMIC).map((spec) => spec.replace(/^.*\/|-[A-Z0-9]+\.js$/g, ''));
  expect(onDemand.sort()).toEqual([
    'certify-command',
    'conformance-command',
    'create-command',
    'explain-command',
    'mock-command',
    'sign-command',
  ]);
});

test('the bundle imports only Node built-ins and the packages package.json declares, and holds no stale chunk', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<
    string,
    Record<string, string> | undefined
  >;
  const declared = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ]);
  const builtins = new Set(builtinModules);
  const reachable = new Set<string>();
  const visit = (file: string) => {
    if (reachable.has(file)) return;
    reachable.add(file);
    for (const spec of [...specifiers(file, STATIC), ...specifiers(file, DYNAMIC)]) {
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
      else if (!spec.startsWith('node:') && !builtins.has(spec)) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        expect(declared, `${relative(outdir, file)} imports ${spec}`).toContain(name);
      }
    }
  };
  visit(entry);
  expect(bundleFiles().sort()).toEqual([...reachable].sort());
});
