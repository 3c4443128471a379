import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildDocs } from './build-docs.js';

test('buildDocs creates the output folder when it does not exist yet', async () => {
  const scratch = await mkdtemp(join(tmpdir(), 'ingo-docs-folder-'));
  try {
    const output = join(scratch, 'docs', 'index.html');
    expect(existsSync(join(scratch, 'docs'))).toBe(false);
    expect(await buildDocs(output)).toBe(output);
    expect(existsSync(output)).toBe(true);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}, 60_000);
