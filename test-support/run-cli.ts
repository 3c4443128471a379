import type { CliIo } from '../cli/cli-io.js';

/** What a command printed and the exit code it returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a CLI command in process with `context` (env, cwd, and any extra IO fields such as `isTTY`)
 * and collects what it writes, as the CLI tests need it.
 */
export async function runCli<Io extends CliIo>(
  command: (args: string[], io: Io) => Promise<number>,
  args: string[],
  context: Omit<Io, 'stdout' | 'stderr'>,
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = {
    ...context,
    stdout: (text: string) => void (stdout += text),
    stderr: (text: string) => void (stderr += text),
  };
  const code = await command(args, io as Io);
  return { code, stdout, stderr };
}
