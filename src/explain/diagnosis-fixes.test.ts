import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { diagnosisFixes } from './diagnosis-fixes.js';

const guide = readFileSync(new URL('../../docs/explain.md', import.meta.url), 'utf8');
const heading = '## The mistakes explain knows';
// From the table's heading to the next heading (or the end of the guide).
const section = guide.slice(guide.indexOf(heading)).split(/\n(?=## )/)[0]!;

test("docs/explain.md's mistakes table has one row per diagnosis, with the fix explain prints", () => {
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  expect(rows.map((row) => /^\| `([a-z_]+)`/.exec(row)![1]).sort()).toEqual(Object.keys(diagnosisFixes).sort());
  for (const [code, fix] of Object.entries(diagnosisFixes))
    expect(
      rows.find((row) => row.startsWith(`| \`${code}\``)),
      code,
    ).toMatch(new RegExp(`\\| ${fix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|$`));
});

test('every fix is one line', () => {
  for (const fix of Object.values(diagnosisFixes)) expect(fix).not.toMatch(/\n/);
});
