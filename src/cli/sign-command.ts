import type { CliIo } from './cli-io.js';

/** `ingo-session sign`: not built yet. */
export async function runSignCommand(_args: string[], io: CliIo): Promise<number> {
  io.stderr('ingo-session sign: not implemented yet\n');
  return 2;
}
