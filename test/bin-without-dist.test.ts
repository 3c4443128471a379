import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

test('in a clone without dist/, the bin says to build in one line (exit 2) instead of a stack trace', async () => {
  const scratch = await mkdtemp(join(tmpdir(), 'ingo-bin-'));
  try {
    await mkdir(join(scratch, 'bin'));
    await writeFile(join(scratch, 'package.json'), '{"type":"module"}');
    await copyFile(
      fileURLToPath(new URL('../bin/ingo-session.js', import.meta.url)),
      join(scratch, 'bin/ingo-session.js'),
    );
    const failure = await promisify(execFile)(process.execPath, [
      join(scratch, 'bin/ingo-session.js'),
      '--version',
    ]).catch((error: unknown) => error as { code: number; stderr: string });
    expect(failure).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /^ingo-session: dist\/ is not built in this clone: run `npm run build` once[^\n]*\n$/,
      ),
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
