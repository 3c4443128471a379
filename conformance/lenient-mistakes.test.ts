import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { createCatalog } from './conformance-catalog.js';
import { lenientMistakes } from './lenient-mistakes.js';
import { renderLenientMistakes } from './render-lenient-mistakes.js';

const file = new URL('./LENIENT-MISTAKES.md', import.meta.url);

test('every row of the lenient-mistake table names a case of the catalog', () => {
  const ids = new Set(createCatalog().map((c) => c.id));
  expect(lenientMistakes.filter((m) => !ids.has(m.caseId)).map((m) => m.caseId)).toEqual([]);
});

test('every case the table adds is named by a row', () => {
  const named = new Set(lenientMistakes.map((m) => m.caseId));
  const added = createCatalog().filter((c) => c.tags.includes('lenient'));
  expect(added.filter((c) => !named.has(c.id)).map((c) => c.id)).toEqual([]);
});

test('LENIENT-MISTAKES.md is rendered from the table (UPDATE_LENIENT=1 rewrites it)', () => {
  const rendered = renderLenientMistakes();
  if (process.env.UPDATE_LENIENT === '1') writeFileSync(file, rendered);
  expect(readFileSync(file, 'utf8')).toBe(rendered);
});
