import { describe, expect, test } from 'vitest';
import { isConfigurationError } from '../src/index.js';
import { parseFlags } from './parse-flags.js';

const options = { port: { type: 'string' }, verbose: { type: 'boolean' } } as const;
const parse = (args: string[]) => parseFlags({ args, options, strict: true, allowPositionals: false }).values;
const message = (args: string[]) => {
  try {
    parse(args);
  } catch (error) {
    expect(isConfigurationError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('parseFlags', () => {
  test('typed values, with negative numbers taken as values of string flags', () => {
    expect(parse(['--port', '8080', '--verbose'])).toEqual({ port: '8080', verbose: true });
    expect(parse(['--port', '-1'])).toEqual({ port: '-1' });
    expect(parse(['--port', '-.5'])).toEqual({ port: '-.5' });
    expect(parse(['--port=-2'])).toEqual({ port: '-2' });
  });

  test('errors are one line naming the flag', () => {
    expect(message(['--bogus'])).toBe('unknown option --bogus');
    expect(message(['--port'])).toBe('--port needs a value');
    expect(message(['--port', '--verbose'])).toBe('--port needs a value');
    expect(message(['--verbose=yes'])).toBe('--verbose takes no value');
    expect(message(['stray'])).toBe('unexpected argument "stray" (this command takes options only)');
  });
});
