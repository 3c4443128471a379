import { lenientMistakes, type LenientMistake } from './lenient-mistakes.js';

/**
 * conformance/LENIENT-MISTAKES.md, rendered from the table in lenient-mistakes.ts (the data the
 * catalog's lenient cases and the reference server's defects are driven from); a test keeps the
 * file in step with the table.
 */
export function renderLenientMistakes(rows: readonly LenientMistake[] = lenientMistakes): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  return [
    '# Lenient mistakes: documented fact → how a lenient implementation gets it wrong → the case that catches it',
    '',
    '<!-- Rendered from conformance/lenient-mistakes.ts; do not edit by hand (see lenient-mistakes.test.ts). -->',
    '',
    'Each row is proved by the Python reference server (test/reference-server/): with its defect switched on,',
    'the suite fails the server on the case named here. Sections (§) are those of the API reference.',
    '',
    '| documented fact | stacks where it happens | lenient mistake | case that catches it | reference-server defect |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) => `| ${cell(r.fact)} | ${cell(r.stacks)} | ${cell(r.mistake)} | \`${r.caseId}\` | \`${r.defect}\` |`,
    ),
    '',
  ].join('\n');
}
