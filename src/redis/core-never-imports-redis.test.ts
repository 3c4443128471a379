import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const srcDir = fileURLToPath(new URL('..', import.meta.url));

// The CLI may load it lazily (`mock --store redis://…`), so that the mock runs without ioredis otherwise.
test('no source outside src/redis imports ioredis or src/redis, save the CLI lazily: the main entry works without the optional peer', async () => {
  const files = (await readdir(srcDir, { recursive: true })).filter(
    (file) => file.endsWith('.ts') && !file.startsWith('redis/') && !file.endsWith('.test.ts'),
  );
  expect(files.length).toBeGreaterThan(50);
  const offenders: string[] = [];
  for (const file of files) {
    const text = await readFile(`${srcDir}${file}`, 'utf8');
    const lazy = file.startsWith('cli/') ? [] : [/import\(\s*['"](ioredis|[./]+\/redis\/)/];
    if ([/from\s+['"](ioredis|[./]+\/redis\/[^'"]*)['"]/, ...lazy].some((pattern) => pattern.test(text)))
      offenders.push(file);
  }
  expect(offenders).toEqual([]);
});
