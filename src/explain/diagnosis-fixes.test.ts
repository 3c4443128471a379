import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { redactSecrets } from '../errors/ingo-session-error.js';
import { diagnosisFixes } from './diagnosis-fixes.js';
import { mistakeTable, renderMistakeTable } from './mistake-table.js';

const guide = readFileSync(new URL('../../docs/explain.md', import.meta.url), 'utf8');
const heading = '## The mistakes explain knows';
// From the table's heading to the next heading (or the end of the guide).
const section = guide.slice(guide.indexOf(heading)).split(/\n(?=## )/)[0]!;
const mistakes = readFileSync(new URL('MISTAKES.md', import.meta.url), 'utf8');

test("docs/explain.md's mistakes table has one row per diagnosis, with the fix explain prints", () => {
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  expect(rows.map((row) => /^\| `([a-z_]+)`/.exec(row)![1]).sort()).toEqual(Object.keys(diagnosisFixes).sort());
  for (const [code, fix] of Object.entries(diagnosisFixes))
    expect(
      rows.find((row) => row.startsWith(`| \`${code}\``)),
      code,
    ).toMatch(new RegExp(`\\| ${fix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|$`));
});

test('MISTAKES.md is the rendering of the table that drives the search (npx tsx scripts/render-explain-mistakes.ts)', () => {
  expect(mistakes).toBe(renderMistakeTable());
});

test('every reconstructed diagnosis has a row of the table saying which input of the signature it is about', () => {
  const inTable = new Set(mistakeTable.map(({ code }) => code));
  const verifierOnly = [
    'missing_authorization',
    'malformed_authorization',
    'invalid_date',
    'content_length_mismatch',
    'digest_mismatch',
    'wrong_secret_or_unknown',
  ];
  for (const code of Object.keys(diagnosisFixes))
    if (!verifierOnly.includes(code)) expect(inTable, code).toContain(code);
});

test('every fix is one line, and redaction leaves it whole (it quotes no header redaction would blank)', () => {
  for (const fix of Object.values(diagnosisFixes)) {
    expect(fix).not.toMatch(/\n/);
    expect(redactSecrets(fix)).toBe(fix);
  }
});
