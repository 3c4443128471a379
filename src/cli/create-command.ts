import type { CliIo } from './cli-io.js';

/** `ingo-session create`: not built yet. */
export async function runCreateCommand(_args: string[], io: CliIo): Promise<number> {
  io.stderr('ingo-session create: not implemented yet\n');
  return 2;
}
