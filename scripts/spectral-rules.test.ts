/**
 * The Spectral ruleset (openapi/spectral.yaml) holds the spec to spectral:oas and the OWASP API
 * Security rules: the spec and its 3.0 copy pass with no finding at all; every rule it switches off
 * or narrows says why (a `Decision:` and a `Source:` in the comment right above it) and is still
 * needed; and the rules left on really fire on a copy of the spec with one of each kind of gap.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkResponse } from '../conformance/check-response.js';
import { createSchemaCache } from '../src/spec/create-schema-cache.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const rulesetFile = join(root, 'openapi/spectral.yaml');
const specFiles = [
  join(root, 'openapi/session-management.yaml'),
  join(root, 'generated/session-management.openapi-3.0.yaml'),
];

interface Finding {
  code: string;
  path: string[];
  severity: number;
}

/** Spectral's findings (every severity) for `files` under `ruleset`; it exits 1 when there are any. */
const lint = (files: string[], ruleset = rulesetFile) =>
  promisify(execFile)(
    join(root, 'node_modules/.bin/spectral'),
    ['lint', ...files, '--ruleset', ruleset, '--format=json', '--fail-severity=hint', '--quiet'],
    { cwd: root },
  ).then(
    ({ stdout }) => stdout,
    (error: { stdout: string }) => error.stdout,
  );
const findings = async (files: string[], ruleset?: string) =>
  (JSON.parse(await lint(files, ruleset)) as Finding[]).map(({ code, path, severity }) => ({ code, path, severity }));

/** A scratch directory under node_modules, so that a ruleset written there resolves the OWASP package. */
const scratchDirs: string[] = [];
const scratch = async () => {
  await mkdir(join(root, 'node_modules/.cache'), { recursive: true });
  const dir = await mkdtemp(join(root, 'node_modules/.cache/spectral-test-'));
  scratchDirs.push(dir);
  return dir;
};
afterAll(() => Promise.all(scratchDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

const rulesetText = await readFile(rulesetFile, 'utf8');
const ruleset = parse(rulesetText) as { extends: string[]; rules: Record<string, unknown>; overrides?: unknown };
/** Every rule the ruleset switches off or narrows. */
const exceptions = Object.keys(ruleset.rules);
/** The rules it narrows (a rule of its own under the OWASP rule's name) rather than switches off. */
const narrowed = exceptions.filter((rule) => typeof ruleset.rules[rule] === 'object');

const schemas = 'components.schemas';
const recipient = `${schemas}.RecipientInformation.properties`;
const status = `${schemas}.ErrorEnvelope.properties.status`;
/**
 * Where each narrowed rule is exempt: the places the bare OWASP rule flags in the spec and its 3.0
 * copy, each one a recorded decision of the spec (an `x-ingo-unbounded` note, an open object, an
 * anyOf branch bounded by the schema that holds it). A new place shows up here first.
 */
const exempt: Record<string, string[]> = {
  'owasp:api4:2023-string-limit': [
    ...['first_name', 'last_name', 'business_name', 'address_line1', 'city', 'state', 'zip_code'].map(
      (field) => `${recipient}.${field}`,
    ),
    ...['email_address', 'phone_number', 'mobile_number'].map((field) => `${recipient}.${field}`),
    `${schemas}.OpenBanking.properties.mobus_customer_id`,
    `${schemas}.SessionCreated.properties.client_message`,
    `${schemas}.ErrorEnvelope.properties.client_message`,
    ...['session_identifier', 'authorized_url', 'authorized_url_expiration_utc'].map(
      (field) => `${schemas}.SessionData.properties.${field}`,
    ),
  ],
  'owasp:api4:2023-integer-format': [`${status}.anyOf.0`, `${status}.anyOf.1`],
  'owasp:api4:2023-integer-limit': [status, `${status}.anyOf.0`, `${status}.anyOf.1`],
  'owasp:api4:2023-integer-limit-legacy': [status, `${status}.anyOf.0`, `${status}.anyOf.1`],
  'owasp:api3:2023-no-additionalProperties': [
    `${schemas}.RecipientInformation.additionalProperties`,
    `${schemas}.OpenBanking.additionalProperties`,
  ],
};

test('the spec and its 3.0 copy pass with no finding at all', async () => {
  expect(await findings(specFiles)).toEqual([]);
}, 60_000);

test('the ruleset extends spectral:oas and the whole OWASP ruleset', () => {
  expect(ruleset.extends).toEqual(['spectral:oas', '@stoplight/spectral-owasp-ruleset']);
});

test('every rule switched off or narrowed carries its decision and source', () => {
  expect(exceptions.length).toBeGreaterThan(0);
  const lines = rulesetText.split('\n');
  for (const rule of exceptions) {
    const at = lines.flatMap((line, index) => (line.trim().startsWith(`${rule}:`) ? [index] : []));
    expect(at.length, rule).toBeGreaterThan(0);
    for (const index of at) {
      const comment: string[] = [];
      for (let above = index - 1; above >= 0 && lines[above]!.trim().startsWith('#'); above--)
        comment.unshift(lines[above]!.trim().replace(/^#\s?/, ''));
      const reason = comment.join(' ');
      expect(reason, `${rule} (line ${index + 1}) needs a "Decision:"`).toMatch(/Decision: \S.{30,}/);
      expect(reason, `${rule} (line ${index + 1}) needs a "Source:"`).toMatch(/Source: \S.{20,}/);
    }
  }
});

test('every exception is still needed, and each narrowed rule is exempt exactly where listed', async () => {
  // Path-scoped `overrides` would be lost by a ruleset that extends this one: narrowing is by `given`.
  expect(ruleset.overrides).toBeUndefined();
  const dir = await scratch();
  const bare = join(dir, 'bare.yaml');
  await writeFile(bare, `extends:\n${ruleset.extends.map((name) => `  - '${name}'\n`).join('')}`);
  const found = await findings(specFiles, bare);
  expect([...new Set(found.map((finding) => finding.code))].sort()).toEqual([...exceptions].sort());
  expect(narrowed.sort()).toEqual(Object.keys(exempt).sort());
  for (const rule of narrowed) {
    const places = new Set(found.filter((finding) => finding.code === rule).map((finding) => finding.path.join('.')));
    expect([...places].sort(), rule).toEqual([...exempt[rule]!].sort());
  }
}, 60_000);

test('the rules left on, and the narrowed ones, catch what they are for', async () => {
  let text = await readFile(specFiles[0]!, 'utf8');
  const cut = (from: string, to: string) => {
    expect(text).toContain(from);
    text = text.replace(from, to);
  };
  // A string without a bound and without an x-ingo-unbounded note.
  cut(
    "          description: Recipient's first name (example).\n          x-ingo-unbounded: Ingo publishes no length limit.\n",
    "          description: Recipient's first name (example).\n",
  );
  // An integer without format or maximum.
  cut('      format: int32\n      minimum: 0\n      maximum: 2147483647\n', '      minimum: 0\n');
  // The error envelope's status without the int32 format its anyOf branches take from it.
  cut('          format: int32\n          x-ingo-source:\n            format: assumption\n', '');
  // A server without its audience.
  cut('    description: Production.\n    x-internal: false\n', '    description: Production.\n');
  // A 429 whose headers leave out Retry-After.
  cut(
    "        Retry-After:\n          $ref: '#/components/headers/RetryAfter'\n",
    "        X-Wait:\n          $ref: '#/components/headers/RetryAfter'\n",
  );
  const file = join(await scratch(), 'broken.yaml');
  await writeFile(file, text);
  const found = await findings([file]);
  const at = (code: string) => found.filter((finding) => finding.code === code).map((f) => f.path.join('.'));
  expect(at('owasp:api4:2023-string-limit')).toEqual(['components.schemas.RecipientInformation.properties.first_name']);
  expect(at('owasp:api4:2023-integer-format').sort()).toEqual([status, `${schemas}.RetryAfterSeconds`]);
  expect(at('owasp:api4:2023-integer-limit')).toEqual([`${schemas}.RetryAfterSeconds`]);
  expect(at('owasp:api9:2023-inventory-access')).toEqual(['servers.1']);
  expect(at('owasp:api4:2023-rate-limit-retry-after')).toEqual(['components.responses.TooManyRequests.headers']);

  // In the 3.0 copy: an open object other than the two open on purpose, and an integer without bounds.
  let copy = await readFile(specFiles[1]!, 'utf8');
  expect(copy).toContain('      additionalProperties: false\n');
  expect(copy).toContain('      maximum: 2147483647\n      x-ingo-source:\n');
  copy = copy.replace('      additionalProperties: false\n', '      additionalProperties: true\n');
  copy = copy.replace('      maximum: 2147483647\n      x-ingo-source:\n', '      x-ingo-source:\n');
  const copyFile = join(await scratch(), 'broken-3.0.yaml');
  await writeFile(copyFile, copy);
  const inCopy = await findings([copyFile]);
  const atCopy = (code: string) => inCopy.filter((finding) => finding.code === code).map((f) => f.path.join('.'));
  expect(atCopy('owasp:api3:2023-no-additionalProperties')).toEqual([
    'components.schemas.CreateSessionRequest.additionalProperties',
  ]);
  expect(atCopy('owasp:api4:2023-integer-limit-legacy')).toEqual([`${schemas}.RetryAfterSeconds`]);
}, 60_000);

test('the integer widths the linters ask for are assumptions: a code beyond int32 is a warning, not a failure', () => {
  const validators = createSchemaCache();
  const answer = (status: number) =>
    checkResponse(
      { status: 400, contentType: 'application/json', text: JSON.stringify({ status, client_message: 'x', time: 0 }) },
      validators,
    );
  for (const status of [3_000_000_000, -3_000_000_000]) {
    const { failures, warnings } = answer(status);
    expect(failures, String(status)).toEqual([]);
    expect(warnings.map((warning) => warning.message).join(), String(status)).toMatch(/format \(assumption\)/);
  }
  // The documented rule still fails: an error envelope never carries a success code.
  expect(answer(105).failures.map((failure) => failure.check)).toContain('body-schema');
});
