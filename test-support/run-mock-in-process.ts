import { runMockCommand, type MockCliIo } from '../cli/mock-command.js';

/**
 * Runs `ingo-session mock` in process until `stop()`: `out` collects what it prints, `url`
 * resolves once it says where it listens, `exit` with its exit code.
 */
export function runMockInProcess(args: string[], env: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' };
  let announce!: (url: string) => void;
  const url = new Promise<string>((resolve) => (announce = resolve));
  let stop!: () => void;
  const untilStopped = new Promise<void>((resolve) => (stop = resolve));
  const io: MockCliIo = {
    stdout: (text) => {
      out.stdout += text;
      const match = /listening on (http:\/\/\S+)/.exec(out.stdout);
      if (match) announce(match[1]!);
    },
    stderr: (text) => void (out.stderr += text),
    env,
    cwd: process.cwd(),
    untilStopped,
  };
  const exit = runMockCommand(args, io);
  return { out, url, stop, exit };
}
