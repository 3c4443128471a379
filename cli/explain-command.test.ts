import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { digestOf, fromVector, quickStart, toHar, toRaw, withValues } from '../test-support/mistaken-sender.js';
import { runExplainCommand } from './explain-command.js';
import { main } from './main.js';
import { runCli } from '../test-support/run-cli.js';

const fixtures = new URL('../src/explain/fixtures/', import.meta.url);
const directory = mkdtempSync(join(tmpdir(), 'ingo-explain-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const write = (name: string, content: string | Buffer) => {
  writeFileSync(join(directory, name), content);
  return name;
};
for (const name of ['quick-start.http', 'quick-start.curl-v.txt', 'quick-start.body.json', 'quick-start.har'])
  write(name, readFileSync(new URL(name, fixtures)));
const AT = ['--at', quickStart.x_date];
const SECRET = quickStart.secret;

async function run(args: string[], env: Record<string, string | undefined> = { INGO_SECRET: SECRET }) {
  const result = await runCli(runExplainCommand, args, { env, cwd: directory });
  for (const text of [result.stdout, result.stderr]) expect(text, 'the secret is never printed').not.toContain(SECRET);
  return result;
}

describe('ingo-session explain: the three capture formats', () => {
  test.each([
    ['raw HTTP/1.1 (CRLF)', ['--request', 'quick-start.http']],
    [
      'raw HTTP/1.1 (LF)',
      [
        '--request',
        write('lf.http', readFileSync(new URL('quick-start.http', fixtures), 'utf8').replaceAll('\r\n', '\n')),
      ],
    ],
    ['curl -v with --body', ['--request', 'quick-start.curl-v.txt', '--body', 'quick-start.body.json']],
    ['HAR with --har', ['--har', 'quick-start.har']],
    ['HAR with --request', ['--request', 'quick-start.har']],
  ])('%s of a correct request: exit 0, "verifies"', async (_, args) => {
    const result = await run([...args, ...AT]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^The request verifies\./);
    expect(result.code).toBe(0);
  });

  test('a raw capture with mistakes: exit 1, every failing check, the comparison and the diagnoses', async () => {
    const mistaken = withValues(fromVector(quickStart), {
      'content-sha512': digestOf(quickStart.body, 'sha512', 'hex'),
    });
    const file = write('mistaken.http', toRaw(mistaken, { separator: '\r\n' }));
    const result = await run(['--request', file, ...AT]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^The request does not verify: 2 checks failed, 2 diagnoses\./);
    expect(result.stdout).toContain('FAIL  digest');
    expect(result.stdout).toMatch(
      /> {2}1 expected \| POST \/api\/v1\/sessions\/point-in-time\/plugin HTTP\/1\.1\n.*> {4}signed {3}\| POST \/api\/v1\/sessions\/point-in-time\/plugin HTTP\/1\.1\\r/,
    );
    expect(result.stdout).toContain('digest_hex: ');
    expect(result.stdout).toContain('signing_string_crlf: ');
    expect(result.stdout).toContain('    fix: ');
  });

  test('--json prints { ok, checks, diagnoses: [{ code, message, fix }] }', async () => {
    const iso = withValues(fromVector(quickStart), { 'x-date': '2020-01-17T19:59:29Z' });
    const result = await run(['--har', write('iso.har', toHar(iso)), '--json', ...AT]);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout) as {
      ok: boolean;
      checks: { name: string; ok: boolean }[];
      diagnoses: { code: string; message: string; fix: string }[];
    };
    expect(Object.keys(output)).toEqual(['ok', 'checks', 'diagnoses']);
    expect(output.ok).toBe(false);
    expect(output.checks.map((each) => each.name)).toEqual([
      'request_line',
      'authorization',
      'x_date',
      'content_type',
      'content_length',
      'digest',
      'signed_headers',
      'signature',
    ]);
    // The sender signed the ISO date it sent, so only the date is wrong.
    expect(output.checks.filter((each) => !each.ok).map((each) => each.name)).toEqual(['x_date']);
    expect(output.diagnoses).toEqual([
      { code: 'date_format', message: expect.stringMatching(/ISO 8601/), fix: expect.any(String) },
    ]);
  });

  test('without --at the request is judged now: an old capture is clock skew', async () => {
    const result = await run(['--request', 'quick-start.http', '--json']);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as { diagnoses: { code: string }[] }).diagnoses.map((each) => each.code)).toEqual(
      ['clock_skew'],
    );
  });

  test("INGO_USERNAME, when set, must be the request's username", async () => {
    const result = await run(['--request', 'quick-start.http', ...AT], {
      INGO_SECRET: SECRET,
      INGO_USERNAME: 'someone-else',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'username_mismatch: the request names username "test", but the secret belongs to "someone-else"',
    );
  });

  test("redaction leaves explain's own words whole: no Authorization, and a HAR with no signed entry", async () => {
    const raw = readFileSync(new URL('quick-start.http', fixtures), 'utf8').replace(/Authorization: [^\r]*\r\n/, '');
    const unsigned = await run(['--request', write('unsigned.http', raw), ...AT]);
    expect(unsigned.code).toBe(1);
    expect(unsigned.stdout).toContain('missing_authorization: the request has no Authorization header');
    expect(unsigned.stdout).not.toContain('[REDACTED]');
    const har = JSON.parse(readFileSync(new URL('quick-start.har', fixtures), 'utf8')) as {
      log: { entries: { request: { headers: { name: string }[] } }[] };
    };
    har.log.entries = har.log.entries.slice(-1);
    for (const entry of har.log.entries)
      entry.request.headers = entry.request.headers.filter(({ name }) => name.toLowerCase() !== 'authorization');
    const result = await run(['--har', write('unsigned.har', JSON.stringify(har)), ...AT]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("none of the HAR's 1 entries carries an Authorization header of the hmac scheme");
    expect(result.stderr).not.toContain('[REDACTED]');
  });

  test('a wrong secret is wrong_secret_or_unknown, and neither secret is printed', async () => {
    const result = await run(['--request', 'quick-start.http', ...AT], { INGO_SECRET: 'not-the-secret' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('wrong_secret_or_unknown');
    expect(result.stdout).not.toContain('not-the-secret');
  });
});

describe('ingo-session explain: usage and bad input exit 2 with a one-line error naming the flag', () => {
  test.each([
    ['no capture', [], { INGO_SECRET: SECRET }, /--request FILE or --har FILE is required/],
    ['both captures', ['--request', 'a', '--har', 'b'], { INGO_SECRET: SECRET }, /not both/],
    [
      'an unknown flag',
      ['--request', 'quick-start.http', '--secret', 'x'],
      { INGO_SECRET: SECRET },
      /unknown option --secret/,
    ],
    ['no INGO_SECRET', ['--request', 'quick-start.http'], {}, /INGO_SECRET is not set/],
    ['a missing file', ['--request', 'nope.http'], { INGO_SECRET: SECRET }, /cannot read --request nope.http: ENOENT/],
    [
      'a bad --at',
      ['--request', 'quick-start.http', '--at', '2020-01-17'],
      { INGO_SECRET: SECRET },
      /--at must be an IMF-fixdate/,
    ],
    ['--har that is not JSON', ['--har', 'quick-start.http'], { INGO_SECRET: SECRET }, /--har FILE is not a HAR/],
    [
      'curl -v without --body',
      ['--request', 'quick-start.curl-v.txt'],
      { INGO_SECRET: SECRET },
      /pass the body file with --body FILE/,
    ],
    [
      'an unreadable capture',
      ['--request', write('junk.http', 'hello\n\n')],
      { INGO_SECRET: SECRET },
      /line 1 is not a request line/,
    ],
  ])('%s', async (_, args, env, message) => {
    const result = await run(args, env);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^ingo-session explain: [^\n]* \(see --help\)\n$/);
  });

  test('--help lists the flags and the exit codes; main knows the command', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /--request FILE[\s\S]*--har FILE[\s\S]*--body FILE[\s\S]*--at HTTP-DATE[\s\S]*--json/,
    );
    expect(result.stdout).toContain('Exit codes: 0 the request verifies; 1 it does not; 2 bad usage or input');
    let listed = '';
    await main(['--help'], { stdout: (text) => void (listed += text), stderr: () => {}, env: {}, cwd: directory });
    expect(listed).toMatch(/explain +explain why a captured signed request gets a 401/);
  });
});
