import type { CliIo } from './cli-io.js';

/** `ingo-session conformance`: not built yet. */
export async function runConformanceCommand(_args: string[], io: CliIo): Promise<number> {
  io.stderr('ingo-session conformance: not implemented yet\n');
  return 2;
}
