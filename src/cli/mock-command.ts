import type { CliIo } from './cli-io.js';

/** `ingo-session mock`: not built yet. */
export async function runMockCommand(_args: string[], io: CliIo): Promise<number> {
  io.stderr('ingo-session mock: not implemented yet\n');
  return 2;
}
