import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const IMPORT = /(?:from\s+|import\(\s*)['"]([^'"]+)['"]/g;

/** The relative imports of every source file under `folder` (not tests, not test helpers), as paths from the package root. */
async function importsOf(folder: string): Promise<{ file: string; target: string }[]> {
  const files = (await readdir(`${root}${folder}`, { recursive: true })).filter(
    (file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file) && !file.includes('test-helpers/'),
  );
  const found: { file: string; target: string }[] = [];
  for (const file of files) {
    const path = `${folder}/${file}`;
    for (const [, specifier] of (await readFile(`${root}${path}`, 'utf8')).matchAll(IMPORT))
      if (specifier!.startsWith('.'))
        found.push({ file: path, target: new URL(specifier!, `file:///${path}`).pathname.slice(1) });
  }
  return found;
}

test('the CLI sits above the library and the suite: src/ and conformance/ import neither cli/ nor test-support/', async () => {
  const imports = [...(await importsOf('src')), ...(await importsOf('conformance'))];
  expect(imports.length).toBeGreaterThan(100);
  expect(imports.filter(({ target }) => /^(cli|test-support)\//.test(target))).toEqual([]);
});
