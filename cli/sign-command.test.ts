import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { parseHttpDate } from '../src/signing/http-date.js';
import { verifyRequest } from '../src/signing/verify-request.js';
import { readSigningVectors, type SigningVector as Vector } from '../test-support/read-signing-vectors.js';
import { quoteForShell, runSignCommand } from './sign-command.js';
import { runCli } from '../test-support/run-cli.js';

const [shared] = readSigningVectors('hmac-sha512.json');
const [legacy] = readSigningVectors('hmac-sha256-legacy.json');
const unicode = readSigningVectors('hmac-sha512-edge-cases.json').find(
  (vector) => vector.name.startsWith('non-ASCII body') && vector.name.includes('Create Session'),
)!;

const directory = mkdtempSync(join(tmpdir(), 'ingo-sign-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const bodyFile = join(directory, 'body.json');
writeFileSync(bodyFile, shared!.body);

/** Runs the command in process and returns what it wrote. */
async function run(
  args: string[],
  env: Record<string, string | undefined> = { INGO_USERNAME: shared!.username, INGO_SECRET: shared!.secret },
) {
  return runCli(runSignCommand, args, { env, cwd: directory });
}

const authorization = (vector: Vector, algorithm: string) =>
  `hmac username="${vector.username}", algorithm="${algorithm}", headers="${vector.headers}", signature="${vector.signature}"`;

describe('ingo-session sign', () => {
  test('prints the headers of the shared vector, one "Name: value" per line', async () => {
    const result = await run(['--body', bodyFile, '--x-date', shared!.x_date]);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        `X-Date: ${shared!.x_date}`,
        'Content-Type: application/json',
        `Content-Length: ${shared!.content_length}`,
        `Content-sha512: ${shared!.content_sha512}`,
        `Authorization: ${authorization(shared!, 'hmac-sha512')}`,
        '',
      ].join('\n'),
    });
    expect(result.stdout).not.toContain(shared!.secret);
  });

  test('--legacy signs with hmac-sha256 and Content-sha256; a relative --body is read from cwd', async () => {
    const result = await run(['--body', 'body.json', '--x-date', legacy!.x_date, '--legacy']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `X-Date: ${legacy!.x_date}\nContent-Type: application/json\nContent-Length: ${legacy!.content_length}\nContent-sha256: ${legacy!.content_sha256}\nAuthorization: ${authorization(legacy!, 'hmac-sha256')}\n`,
    );
  });

  test('signs the file bytes exactly: non-ASCII, and a trailing newline is part of the body', async () => {
    const file = join(directory, 'unicode.json');
    writeFileSync(file, unicode.body);
    const env = { INGO_USERNAME: unicode.username, INGO_SECRET: unicode.secret };
    const result = await run(['--body', file, '--x-date', unicode.x_date], env);
    expect(result.stdout).toContain(`Content-Length: ${unicode.content_length}\n`);
    expect(result.stdout).toContain(`Authorization: ${authorization(unicode, 'hmac-sha512')}\n`);
    expect(result.stdout).not.toContain(unicode.secret);

    writeFileSync(file, `${unicode.body}\r\n`);
    const withNewline = await run(['--body', file, '--x-date', unicode.x_date], env);
    const bytes = readFileSync(file);
    expect(withNewline.stdout).toContain(`Content-Length: ${bytes.byteLength}\n`);
    expect(withNewline.stdout).toContain(`Content-sha512: ${createHash('sha512').update(bytes).digest('base64')}\n`);
  });

  test('--curl prints a ready-to-run command for the sandbox by default', async () => {
    const result = await run(['--body', bodyFile, '--x-date', shared!.x_date, '--curl']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'curl -sS https://iip-session-management-uat.ingo.money/api/v1/sessions/point-in-time/plugin \\',
        `  -H 'X-Date: ${shared!.x_date}' \\`,
        "  -H 'Content-Type: application/json' \\",
        `  -H 'Content-sha512: ${shared!.content_sha512}' \\`,
        `  -H 'Authorization: ${authorization(shared!, 'hmac-sha512')}' \\`,
        `  --data-binary @${bodyFile}`,
        '',
      ].join('\n'),
    );
  });

  test('--curl quotes every argument correctly for a POSIX shell, and signs the base URL prefix and --path', async () => {
    const awkward = join(directory, "it's a body.json");
    writeFileSync(awkward, shared!.body);
    const result = await run([
      '--body',
      awkward,
      '--x-date',
      shared!.x_date,
      '--curl',
      '--base-url',
      'http://127.0.0.1:8080/prefix/',
      '--path',
      '/x?a=1&b=$HOME',
    ]);
    expect(result.code).toBe(0);
    // Run the command through sh with printf standing in for curl: the shell must see exactly these arguments.
    const argv = execFileSync('sh', ['-c', result.stdout.replace(/^curl /, "printf '%s\\n' ")], { encoding: 'utf8' })
      .trimEnd()
      .split('\n');
    expect(argv[0]).toBe('-sS');
    expect(argv[1]).toBe('http://127.0.0.1:8080/prefix/x?a=1&b=$HOME');
    expect(argv.at(-2)).toBe('--data-binary');
    expect(argv.at(-1)).toBe(`@${awkward}`);
    const authorizationArgument = argv.find((each) => each.startsWith('Authorization: '))!;
    expect(authorizationArgument).toMatch(
      /^Authorization: hmac username="test", algorithm="hmac-sha512", headers="request-line x-date content-type content-length content-sha512", signature="[A-Za-z0-9+/]+={0,2}"$/,
    );
    expect(authorizationArgument).not.toContain(shared!.signature);
  });

  const hasCurl = (() => {
    try {
      execFileSync('curl', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  test.skipIf(!hasCurl)('the --curl command really runs: a local verifier accepts what it sends', async () => {
    const now = parseHttpDate(unicode.x_date)!;
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', async () => {
        const verdict = await verifyRequest(
          {
            method: request.method!,
            path: request.url!,
            headers: request.headers as Record<string, string>,
            body: Buffer.concat(chunks),
          },
          (name) => (name === unicode.username ? unicode.secret : undefined),
          { now },
        );
        response.writeHead(verdict.ok ? 200 : 401, { 'content-type': 'application/json' }).end(JSON.stringify(verdict));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const file = join(directory, 'curl body.json');
      writeFileSync(file, unicode.body);
      const env = { INGO_USERNAME: unicode.username, INGO_SECRET: unicode.secret };
      const signed = await run(
        [
          '--body',
          file,
          '--x-date',
          unicode.x_date,
          '--curl',
          '--base-url',
          `http://127.0.0.1:${port}`,
          '--path',
          '/api/v1/sessions/point-in-time/plugin?trace=1',
        ],
        env,
      );
      expect(signed.code).toBe(0);
      const { stdout } = await promisify(execFile)('sh', ['-c', `${signed.stdout.trimEnd()} --max-time 10`], {
        timeout: 15_000,
      });
      expect(JSON.parse(stdout)).toEqual({ ok: true, username: unicode.username, algorithm: 'hmac-sha512' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('quoteForShell leaves safe words alone and single-quotes the rest', () => {
    expect(quoteForShell('https://a.b/c?d=1')).toBe("'https://a.b/c?d=1'");
    expect(quoteForShell('/tmp/body.json')).toBe('/tmp/body.json');
    expect(quoteForShell("it's")).toBe("'it'\\''s'");
    expect(quoteForShell('')).toBe("''");
  });

  test('--help prints the usage and exits 0', async () => {
    const result = await run(['--help'], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: ingo-session sign --body FILE \[options\]\n/);
    expect(result.stdout).toMatch(/--path P[\s\S]*--x-date D[\s\S]*--legacy[\s\S]*--curl[\s\S]*--base-url URL/);
    expect(result.stdout).toContain('INGO_SECRET');
  });

  test.each([
    ['no --body', [], {}, /--body FILE is required/],
    [
      'an unknown option',
      ['--body', 'body.json', '--sign-harder'],
      {},
      /unknown option --sign-harder \(see --help\)$/m,
    ],
    ['a positional argument', ['body.json'], {}, /unexpected argument "body.json"/],
    ['a missing INGO_USERNAME', ['--body', 'body.json'], { INGO_USERNAME: undefined }, /INGO_USERNAME is not set/],
    ['a missing INGO_SECRET', ['--body', 'body.json'], { INGO_SECRET: undefined }, /INGO_SECRET is not set/],
    ['an empty INGO_SECRET', ['--body', 'body.json'], { INGO_SECRET: '' }, /INGO_SECRET is not set/],
    [
      'an RFC 850 --x-date',
      ['--body', 'body.json', '--x-date', 'Friday, 17-Jan-20 19:59:29 GMT'],
      {},
      /--x-date must be an IMF-fixdate/,
    ],
    [
      'a --x-date with a wrong weekday',
      ['--body', 'body.json', '--x-date', 'Tue, 01 Apr 2026 20:18:47 GMT'],
      {},
      /--x-date must be an IMF-fixdate/,
    ],
    [
      'a --path without a leading slash',
      ['--body', 'body.json', '--path', 'api/v1'],
      {},
      /--path must start with "\/"/,
    ],
    ['a --path with a space', ['--body', 'body.json', '--path', '/a b'], {}, /percent-encode/],
    [
      'a relative --base-url',
      ['--body', 'body.json', '--base-url', 'localhost:8080'],
      {},
      /--base-url must use http or https/,
    ],
    [
      'a --base-url that is not a URL',
      ['--body', 'body.json', '--base-url', 'not a url'],
      {},
      /--base-url must be an absolute http\(s\) URL/,
    ],
    [
      'a --base-url with user info',
      ['--body', 'body.json', '--base-url', 'https://u:p@example.com'],
      {},
      /must not carry user info/,
    ],
  ])('%s is a usage error (exit 2) with a clear message', async (_what, args, envChange, message) => {
    const result = await run(args, { INGO_USERNAME: 'test', INGO_SECRET: 'very-secret-value', ...envChange });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^ingo-session sign: [^\n]* \(see --help\)\n$/);
    expect(result.stderr).not.toContain('very-secret-value');
  });

  test('an unreadable --body file is an input error: exit 2, one line naming it', async () => {
    const result = await run(['--body', 'missing.json']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ingo-session sign: cannot read --body missing.json: ENOENT (see --help)\n',
    });
  });

  test('like create, it checks the body against the spec and signs nothing that breaks it, unless --skip-validation', async () => {
    writeFileSync(join(directory, 'invalid.json'), `{"participant_unique_id1": "${'x'.repeat(101)}"}`);
    writeFileSync(join(directory, 'not-json.txt'), 'participant=1');
    const invalid = await run(['--body', 'invalid.json']);
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toMatch(
      /^ingo-session sign: --body invalid.json does not match the spec, nothing was signed: (?=.*\/participant_unique_id1 must NOT have more than 100 characters)(?=.*\/recipient_information must have required property)[^\n]*\n$/,
    );
    const notJson = await run(['--body', 'not-json.txt']);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^ingo-session sign: --body not-json.txt is not UTF-8 JSON/);
    const skipped = await run(['--body', 'invalid.json', '--skip-validation']);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toMatch(/^Authorization: hmac /m);
  });

  test('a secret too short to redact is refused (exit 2), naming the variable', async () => {
    const result = await run(['--body', bodyFile], { INGO_USERNAME: 'u', INGO_SECRET: 'x' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ingo-session sign: INGO_SECRET is shorter than 8 characters/);
  });

  test('without --x-date it signs at the current time', async () => {
    // The clock is faked at the shared vector's X-Date (plus milliseconds, which an IMF-fixdate
    // drops): the command must print that vector's headers, signature included.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(parseHttpDate(shared!.x_date)! + 640);
      const result = await run(['--body', bodyFile]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(
        `X-Date: ${shared!.x_date}\nContent-Type: application/json\nContent-Length: ${shared!.content_length}\nContent-sha512: ${shared!.content_sha512}\nAuthorization: ${authorization(shared!, 'hmac-sha512')}\n`,
      );
    } finally {
      vi.useRealTimers();
    }
  });
});
