import { describe, expect, test } from 'vitest';
import { ConfigurationError } from '../src/index.js';
import type { CliIo } from './cli-io.js';
import { defineCommand } from './define-command.js';
import { boolean, list, number, required, secret, text } from './flags.js';

function capture(env: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    env,
    cwd: '/',
  };
  return { io, out };
}

const seen: unknown[] = [];
const command = defineCommand({
  name: 'demo',
  about: 'Does a demo.',
  flags: {
    file: required(text('FILE', 'the input')),
    'max-items': number('N', 'at most N items\n(a second line)', { integer: true, min: 1 }, 10),
    tags: list('a,b', 'tags'),
    token: secret(text('T', 'a token')),
    loud: boolean('say more'),
  },
  notes: 'A note.',
  exitCodes: { success: 'done', refused: 'refused' },
  run: async (options, io) => {
    seen.push(options);
    if (options.file === 'fail') throw new ConfigurationError(`bad token ${options.token}`);
    io.stdout('ran\n');
    return 0;
  },
});

describe('defineCommand: one row per flag gives the help, the parser and the options', () => {
  test('--help is generated from the table, in table order, with the exit codes', async () => {
    const { io, out } = capture();
    expect(await command(['--help'], io)).toBe(0);
    expect(out.stdout).toBe(
      [
        'usage: ingo-session demo --file FILE [options]',
        '',
        'Does a demo.',
        '',
        '  --file FILE    the input',
        '  --max-items N  at most N items',
        '                 (a second line)',
        '  --tags a,b     tags',
        '  --token T      a token',
        '  --loud         say more',
        '  -h, --help     show this help',
        '',
        'A note.',
        'Exit codes: 0 done; 1 refused; 2 bad usage or input (one line on stderr naming the flag).',
        '',
      ].join('\n'),
    );
  });

  test('options arrive camel-cased, read and defaulted', async () => {
    seen.length = 0;
    const { io } = capture();
    expect(await command(['--file', 'x', '--tags', 'a, b,', '--loud'], io)).toBe(0);
    expect(seen).toEqual([{ file: 'x', maxItems: 10, tags: ['a', 'b'], token: undefined, loud: true }]);
  });

  test('errors are one line naming the flag, exit 2, with secret flags and INGO_SECRET redacted', async () => {
    for (const [args, message] of [
      [[], 'ingo-session demo: --file FILE is required (see --help)\n'],
      [
        ['--file', 'x', '--max-items', '0'],
        'ingo-session demo: --max-items must be an integer ≥ 1, not "0" (see --help)\n',
      ],
      [['--file', 'fail', '--token', 'tok-0123456789'], 'ingo-session demo: bad token [REDACTED] (see --help)\n'],
    ] as const) {
      const { io, out } = capture({ INGO_SECRET: 'env-secret-0123' });
      expect(await command([...args], io)).toBe(2);
      expect(out).toEqual({ stdout: '', stderr: message });
    }
  });
});
