import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { renderGenerated } from './generate.js';

test('generated/ is fresh: committed files equal what `npm run generate` writes from the spec', async () => {
  const specText = await readFile(new URL('../openapi/session-management.yaml', import.meta.url), 'utf8');
  const files = await renderGenerated(specText);
  for (const [path, text] of Object.entries(files)) {
    expect(text.slice(0, 200)).toMatch(/GENERATED FILE\. DO NOT EDIT\.|Do not make direct changes to the file\./);
    expect(
      await readFile(new URL(`../${path}`, import.meta.url), 'utf8'),
      `${path} is stale: run npm run generate`,
    ).toBe(text);
  }
});

test('a change to the spec changes the generated types (the check can fail)', async () => {
  const specText = await readFile(new URL('../openapi/session-management.yaml', import.meta.url), 'utf8');
  const changed = await renderGenerated(specText.replace('maxLength: 200', 'maxLength: 201'));
  const current = await readFile(new URL('../generated/spec.ts', import.meta.url), 'utf8');
  expect(changed['generated/spec.ts']).not.toBe(current);
});
