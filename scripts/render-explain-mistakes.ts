/**
 * Writes src/explain/MISTAKES.md from the table that drives explain's search
 * (src/explain/mistake-table.ts, rare-mistakes.ts). A test fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { renderMistakeTable } from '../src/explain/mistake-table.js';

writeFileSync(new URL('../src/explain/MISTAKES.md', import.meta.url), renderMistakeTable());
console.log('wrote src/explain/MISTAKES.md');
