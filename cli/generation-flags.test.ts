import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runConformanceCommand } from './conformance-command.js';
import { generationFlags, timeLimitFlag, toGenerationOptions } from './generation-flags.js';
import { runCli } from '../test-support/run-cli.js';

const directory = mkdtempSync(join(tmpdir(), 'ingo-generate-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function run(args: string[]) {
  return runCli(runConformanceCommand, args, { env: {}, cwd: directory, isTTY: false });
}

describe('the generation flags of ingo-session conformance', () => {
  test('read into GenerationOptions; any of them turns generation on', () => {
    const read = (values: Record<string, string>) => {
      const given = Object.fromEntries(
        Object.entries(generationFlags).map(([name, flag]) => [name, flag.read(values[name], `--${name}`)]),
      );
      return toGenerationOptions(given as never);
    };
    expect(read({})).toBeUndefined();
    expect(read({ generate: '200', seed: '-7' })).toEqual({ cases: 200, seed: -7 });
    expect(read({ seed: '3', replay: 'valid-body@1:0' })).toEqual({ seed: 3, replay: 'valid-body@1:0' });
    expect(() => read({ generate: '0' })).toThrow('--generate must be a whole number of at least 1, not "0"');
    expect(() => read({ seed: '1.5' })).toThrow('--seed must be a whole number, not "1.5"');
    expect(() => read({ replay: 'valid-body@1' })).toThrow(/--replay needs the --seed/);
    // --time-limit bounds the whole run (see runConformance's timeLimitMs), and turns nothing on.
    expect(timeLimitFlag.read('1.5', '--time-limit')).toBe(1.5);
    expect(timeLimitFlag.read(undefined, '--time-limit')).toBeUndefined();
    expect(() => timeLimitFlag.read('-1', '--time-limit')).toThrow(/--time-limit must be a positive number of seconds/);
  });

  test('--generate N --seed S runs generated cases with the catalog and reports the seed in the summary, JSON and JUnit', async () => {
    const { code, stdout } = await run([
      '--generate',
      '60',
      '--seed',
      '3',
      '--tags',
      'clock',
      '--json',
      'r.json',
      '--junit',
      'r.xml',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Generated: 60 cases from seed 3 (rerun them with --generate 60 --seed 3)');
    expect(stdout).toMatch(/\ngenerated-valid +1 /);
    const report = JSON.parse(readFileSync(join(directory, 'r.json'), 'utf8'));
    expect(report.generation).toEqual({ seed: 3, cases: 60, durationMs: expect.any(Number) });
    const valid = report.cases.find((c: { id: string }) => c.id === 'generated/valid-body');
    expect(valid.generated).toMatchObject({ property: 'valid-body', seed: 3, interrupted: false });
    expect(valid.generated.runs).toBeGreaterThan(1);
    expect(readFileSync(join(directory, 'r.xml'), 'utf8')).toContain('<property name="seed" value="3"/>');
  });

  test('usage errors exit 2 naming the flag', async () => {
    expect(await run(['--generate', 'many'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--generate must be a whole number'),
    });
    expect(await run(['--seed', '1', '--replay', 'nothing@0'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--replay "nothing@0" names no generated case'),
    });
    const help = (await run(['--help'])).stdout;
    expect(help).toMatch(/--generate N .*\n.*\n\s+--seed S .*\n\s+--replay ID /);
    expect(help).toMatch(/\n\s+--time-limit SECONDS /);
  });
});
