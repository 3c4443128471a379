/**
 * The spec's own lint rules (redocly.yaml) really fire: a copy of the spec with one of each kind of
 * omission fails lint naming each rule, while the real spec passes with 0 problems.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const lint = (file: string) =>
  promisify(execFile)(
    join(root, 'node_modules/.bin/redocly'),
    ['lint', file, '--config', join(root, 'redocly.yaml'), '--format=json'],
    {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    },
  ).then(
    ({ stdout }) => stdout,
    (error: { stdout: string }) => error.stdout,
  );
const ruleIds = (stdout: string) => (JSON.parse(stdout).problems as { ruleId: string }[]).map((p) => p.ruleId).sort();

test('the spec passes its own rules with 0 problems', async () => {
  expect(ruleIds(await lint(join(root, 'openapi/session-management.yaml')))).toEqual([]);
}, 30_000);

test('each custom rule catches what it is for', async () => {
  let text = await readFile(join(root, 'openapi/session-management.yaml'), 'utf8');
  const cut = (from: string, to: string) => {
    expect(text).toContain(from);
    text = text.replace(from, to);
  };
  // A property without description, example or bound.
  cut(
    "          description: Recipient's first name (example).\n          x-ingo-unbounded: Ingo publishes no length limit.\n          x-ingo-source: example\n          example: Alex\n",
    '',
  );
  // A parameter without an example.
  cut('      example: 3f2a1b4c-9d8e-7f6a-5b4c-3d2e1f0a9b8c\n', '');
  // A response without an example.
  cut("          examples:\n            tooLarge:\n              $ref: '#/components/examples/TooLarge'\n", '');
  cut(
    '  examples:\n    MinimalRequest:',
    '  examples:\n    TooLarge:\n      summary: unused\n      value: {}\n    MinimalRequest:',
  );
  cut('    TooLarge:\n      summary: Body too large', '    TooLargeOld:\n      summary: Body too large');
  // An operation that hides its assumptions.
  cut('        **Assumption:** Ingo does not document', '        Ingo does not document');
  const file = join(await mkdtemp(join(tmpdir(), 'ingo-lint-')), 'broken.yaml');
  await writeFile(file, text);
  const found = new Set(ruleIds(await lint(file)));
  for (const rule of [
    'rule/property-has-description',
    'rule/property-has-example',
    'rule/string-is-bounded',
    'rule/parameter-has-example',
    'rule/response-has-example',
    'rule/assumptions-are-marked',
  ]) {
    expect(found, rule).toContain(rule);
  }
}, 30_000);
