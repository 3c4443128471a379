import { expect, test, vi } from 'vitest';
import type { CliIo } from './cli-io.js';

// Records which command modules are imported: `--help` must load none, a command only its own.
const loaded = vi.hoisted(() => [] as string[]);
vi.mock('./create-command.js', async (importOriginal) => (loaded.push('create'), importOriginal()));
vi.mock('./sign-command.js', async (importOriginal) => (loaded.push('sign'), importOriginal()));
vi.mock('./mock-command.js', async (importOriginal) => (loaded.push('mock'), importOriginal()));
vi.mock('./conformance-command.js', async (importOriginal) => (loaded.push('conformance'), importOriginal()));
vi.mock('./explain-command.js', async (importOriginal) => (loaded.push('explain'), importOriginal()));
vi.mock('./certify-command.js', async (importOriginal) => (loaded.push('certify'), importOriginal()));

function capture(): CliIo & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (text) => out.push(text), stderr: (text) => out.push(text), env: {}, cwd: process.cwd() };
}

test('the usage loads no command, and a command loads only its own module', async () => {
  const { main } = await import('./main.js');
  const io = capture();
  expect(await main(['--help'], io)).toBe(0);
  expect(io.out.join('')).toMatch(/conformance +check a Create Session server/);
  expect(await main(['no-such-command'], io)).toBe(2);
  expect(loaded).toEqual([]);
  expect(await main(['sign', '--help'], capture())).toBe(0);
  expect(loaded).toEqual(['sign']);
});
