/**
 * One voice across every subcommand: one-line errors naming the flag, exit 2 for usage and input,
 * the same error for a negative number as for a word, no usage text after an error, exit codes
 * listed in every --help, and `--version`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CliIo } from './cli-io.js';
import { main } from './main.js';
import { runCli } from '../test-support/run-cli.js';

const env = { INGO_USERNAME: 'voice-user', INGO_SECRET: 'voice-secret-0123456789' };

async function run(args: string[]) {
  return runCli(main, args, { env, cwd: process.cwd() });
}

/** Exactly one line on stderr, in the command's voice, and nothing on stdout. */
function expectOneLine(result: { code: number; stdout: string; stderr: string }, prefix: string, code = 2) {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.slice(0, -1)).not.toContain('\n');
  expect(result.stderr.startsWith(`${prefix}: `)).toBe(true);
  expect(result.stderr).not.toMatch(/usage:/);
}

const commands = ['create', 'sign', 'mock', 'conformance', 'explain', 'certify'] as const;
/** A flag of each command that takes a string value. */
const stringFlags = {
  create: '--body',
  sign: '--body',
  mock: '--host',
  conformance: '--tags',
  explain: '--request',
  certify: '--json',
} as const;
/** A numeric flag of each command that has one, and the arguments it needs besides. */
const numberFlags = {
  create: ['--timeout-ms', ['--body', 'b.json']],
  mock: ['--port', []],
  conformance: ['--concurrency', []],
} as const;

describe.each(commands)('ingo-session %s', (command) => {
  test('--help lists the exit codes', async () => {
    const { code, stdout } = await run([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: ingo-session /);
    expect(stdout).toMatch(/Exit codes: 0 [^;]+; 1 [^;]+; 2 bad usage or input/);
  });

  test('an unknown flag, a flag without its value and a stray argument: one line naming it, exit 2', async () => {
    const unknown = await run([command, '--bogus']);
    expectOneLine(unknown, `ingo-session ${command}`);
    expect(unknown.stderr).toContain('unknown option --bogus');
    const stray = await run([command, 'stray']);
    expectOneLine(stray, `ingo-session ${command}`);
    expect(stray.stderr).toContain('unexpected argument "stray"');
    const flag = stringFlags[command];
    const missing = await run([command, flag]);
    expectOneLine(missing, `ingo-session ${command}`);
    expect(missing.stderr).toContain(`${flag} needs a value`);
  });
});

describe.each(Object.entries(numberFlags))('ingo-session %s numbers', (command, [flag, rest]) => {
  test(`${flag} -1 gets the same one-line error as a word`, async () => {
    const negative = await run([command, ...rest, flag, '-1']);
    const word = await run([command, ...rest, flag, 'many']);
    expectOneLine(negative, `ingo-session ${command}`);
    expectOneLine(word, `ingo-session ${command}`);
    expect(negative.stderr).toContain(`${flag} must be `);
    expect(negative.stderr.replace('"-1"', '"many"')).toBe(word.stderr);
  });
});

test('flags other helpers own speak the same voice: conformance --generate -1 and --time-limit x', async () => {
  for (const args of [
    ['--generate', '-1'],
    ['--time-limit', 'x'],
    ['--seed', '1.5'],
  ]) {
    const result = await run(['conformance', ...args]);
    expectOneLine(result, 'ingo-session conformance');
    expect(result.stderr).toContain(`${args[0]} must be`);
  }
});

describe('ingo-session', () => {
  test('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await run(['-V'])).stdout).toBe(`${version}\n`);
  });

  test('an unknown or missing command is one line, exit 2, without the usage text', async () => {
    const unknown = await run(['sing']);
    expectOneLine(unknown, 'ingo-session');
    expect(unknown.stderr).toBe(
      'ingo-session: unknown command "sing": use one of create, sign, mock, conformance, explain, certify (see --help)\n',
    );
    expectOneLine(await run(['constructor']), 'ingo-session');
    expectOneLine(await run([]), 'ingo-session');
  });

  test('a secret too short to redact is refused by every command that reads one', async () => {
    for (const args of [
      ['sign', '--body', 'package.json'],
      ['create', '--body', 'package.json'],
      ['conformance', '--base-url', 'http://127.0.0.1:9'],
      ['explain', '--request', 'package.json'],
      ['mock', '--secret', 'x'],
    ]) {
      let stderr = '';
      const io: CliIo = {
        stdout: () => {},
        stderr: (text) => void (stderr += text),
        env: { INGO_USERNAME: 'u', INGO_SECRET: 'x' },
        cwd: process.cwd(),
      };
      expect(await main(args, io), args.join(' ')).toBe(2);
      expect(stderr).toMatch(/(INGO_SECRET|--secret) is shorter than 8 characters/);
    }
  });

  test('--help lists the commands, --version and the exit codes', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--version');
    expect(stdout).toMatch(/Exit codes: 0 success; 1 /);
  });
});
