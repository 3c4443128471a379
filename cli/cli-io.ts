/** The environment variables every command reads credentials from. */
export const credentialVariables = { username: 'INGO_USERNAME', secret: 'INGO_SECRET' } as const;

/** What a CLI command reads and writes, injected so commands are testable without a process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** Current working directory, for resolving file arguments. */
  cwd: string;
}

/** The real process's IO. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
  };
}
