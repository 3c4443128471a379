import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const srcDir = fileURLToPath(new URL('..', import.meta.url));

test('no source outside src/redis imports ioredis or src/redis: the main entry works without the optional peer', async () => {
  const files = (await readdir(srcDir, { recursive: true })).filter(
    (file) => file.endsWith('.ts') && !file.startsWith('redis/') && !file.endsWith('.test.ts'),
  );
  expect(files.length).toBeGreaterThan(50);
  const offenders: string[] = [];
  for (const file of files) {
    const text = await readFile(`${srcDir}${file}`, 'utf8');
    const patterns = [/from\s+['"](ioredis|[./]+\/redis\/[^'"]*)['"]/, /import\(\s*['"](ioredis|[./]+\/redis\/)/];
    if (patterns.some((pattern) => pattern.test(text))) offenders.push(file);
  }
  expect(offenders).toEqual([]);
});
