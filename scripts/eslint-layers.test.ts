/**
 * The layering rules of eslint.config.js really fire: deliberately bad imports, linted as if they
 * were files of each layer, are each reported by the rule meant for them, while the same imports
 * from the CLI pass. Without this, a rule whose paths went stale (a folder moved, a resolver that
 * stopped resolving) would pass everything silently.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const eslint = new ESLint({ cwd: root, ignore: false });

/** The rule ids ESLint reports for `code` linted as the file `file` (relative to the root). */
async function rulesFor(file: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages.map((message) => message.ruleId);
}

/** The first TypeScript file (not a test) under `dir`, as an import path from `fromDir`. */
function someModuleIn(dir: string, fromDir: string): string {
  const file = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).find(
    (name) => name.endsWith('.ts') && !name.includes('.test') && !name.includes('test-helpers'),
  )!;
  const path = relative(join(root, fromDir), join(root, dir, file)).replace(/\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
}

const cliDir = ['cli', 'src/cli'].find((dir) => existsSync(join(root, dir)))!;
const testSupportDir = ['test-support', 'src/client/test-helpers'].find((dir) => existsSync(join(root, dir)))!;

test('the core imports neither the suite, the CLI, test support nor an optional integration', async () => {
  const imports = [
    `import * as a from '${someModuleIn('conformance', 'src/client')}';`,
    `import * as b from '${someModuleIn(cliDir, 'src/client')}';`,
    `import * as c from '${someModuleIn(testSupportDir, 'src/client')}';`,
    `import * as d from '${someModuleIn('src/redis', 'src/client')}';`,
    `import Redis from 'ioredis';`,
    `import { trace } from '@opentelemetry/api';`,
    `export const all = [a, b, c, d, Redis, trace, await import('${someModuleIn('conformance', 'src/client')}')];`,
  ];
  expect(await rulesFor('src/client/lint-fixture.ts', imports.join('\n'))).toEqual([
    'import-x/no-restricted-paths',
    'import-x/no-restricted-paths',
    'import-x/no-restricted-paths',
    'import-x/no-restricted-paths',
    '@typescript-eslint/no-restricted-imports',
    '@typescript-eslint/no-restricted-imports',
    'import-x/no-restricted-paths',
  ]);
});

test('an optional integration may use its package, not the suite; the CLI may import both', async () => {
  const code = (from: string) =>
    `import Redis from 'ioredis';\nimport * as s from '${someModuleIn('conformance', from)}';\nexport const all = [Redis, s];\n`;
  expect(await rulesFor('src/redis/lint-fixture.ts', code('src/redis'))).toEqual(['import-x/no-restricted-paths']);
  expect(await rulesFor(`${cliDir}/lint-fixture.ts`, code(cliDir))).toEqual([]);
});

test('the suite imports neither the CLI nor test support', async () => {
  const code = `import * as a from '${someModuleIn(cliDir, 'conformance')}';\nimport * as b from '${someModuleIn(testSupportDir, 'conformance')}';\nexport const all = [a, b];\n`;
  expect(await rulesFor('conformance/lint-fixture.ts', code)).toEqual([
    'import-x/no-restricted-paths',
    'import-x/no-restricted-paths',
  ]);
});

test('an import cycle is reported', async () => {
  const [result] = await eslint.lintFiles([join(root, 'test/fixtures/lint-cycle/a.ts')]);
  expect(result!.messages.map((message) => message.ruleId)).toEqual(['import-x/no-cycle']);
});

test('a promise of signed headers spread into fetch options, or left unawaited, is an error', async () => {
  // Linted as an existing file of the project, so that the type-aware rules have its types.
  const code = [
    `import { signRequest } from '../signing/sign-request.js';`,
    `export async function send(url: string, body: string) {`,
    `  const headers = signRequest({ method: 'POST', path: '/', body }, { username: 'u', secret: 's' });`,
    `  signRequest({ method: 'POST', path: '/', body }, { username: 'u', secret: 's' });`,
    `  return fetch(url, { method: 'POST', body, ...headers });`,
    `}`,
  ];
  expect(await rulesFor('src/client/retry-policy.ts', code.join('\n'))).toEqual([
    '@typescript-eslint/no-floating-promises',
    '@typescript-eslint/no-misused-promises',
  ]);
});
