import { describe, expect, test } from 'vitest';
import { isConfigurationError } from '../src/index.js';
import type { CliIo } from './cli-io.js';
import { readCredentials, readOptionalCredentials } from './read-credentials.js';

const io = (env: Record<string, string>): CliIo => ({ stdout: () => {}, stderr: () => {}, env, cwd: '/' });
const secret = 'a-distinctive-secret-value';

describe('readCredentials', () => {
  test('reads INGO_USERNAME and INGO_SECRET', () => {
    expect(readCredentials(io({ INGO_USERNAME: 'u', INGO_SECRET: secret }))).toEqual({ username: 'u', secret });
  });

  test('explicit values win over the environment', () => {
    expect(readCredentials(io({ INGO_USERNAME: 'u', INGO_SECRET: secret }), { username: 'v' })).toEqual({
      username: 'v',
      secret,
    });
  });

  test.each([
    [{ INGO_SECRET: secret }, /INGO_USERNAME is not set/],
    [{ INGO_USERNAME: 'u' }, /INGO_SECRET is not set/],
    [{ INGO_USERNAME: 'u', INGO_SECRET: '' }, /INGO_SECRET is not set/],
    [
      { INGO_USERNAME: 'u', INGO_SECRET: 'x' },
      /INGO_SECRET is shorter than 8 characters, too short to keep out of output/,
    ],
    [{ INGO_USERNAME: 'u', INGO_SECRET: 'seven77' }, /INGO_SECRET is shorter than 8 characters/],
  ])('names the missing variable (%o) and never the secret', (env, message) => {
    let caught: unknown;
    try {
      readCredentials(io(env));
    } catch (error) {
      caught = error;
    }
    expect(isConfigurationError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toContain(secret);
  });
});

test('a short --secret is named as the flag', () => {
  expect(() => readCredentials(io({ INGO_USERNAME: 'u' }), { secret: 'x' })).toThrow(
    /^--secret is shorter than 8 characters/,
  );
  expect(readCredentials(io({ INGO_USERNAME: 'u' }), { secret: 'eight888' }).secret).toBe('eight888');
});

describe('readOptionalCredentials', () => {
  test('undefined when neither is given, the pair when both are, an error for half a pair', () => {
    expect(readOptionalCredentials(io({}))).toBeUndefined();
    expect(readOptionalCredentials(io({}), { username: 'u', secret })).toEqual({ username: 'u', secret });
    expect(() => readOptionalCredentials(io({ INGO_USERNAME: 'u' }))).toThrow(/INGO_SECRET is not set/);
  });
});
