import { spawn, type SpawnOptions } from 'node:child_process';

/** What a finished child process left. */
export interface ProcessOutput {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/**
 * Runs a command to its end, or kills its process group after `timeoutMs`: a runtime that hangs
 * must fail its row, not the whole run. Never throws for a failing command.
 */
export function runBoundedProcess(
  command: string,
  args: readonly string[],
  { timeoutMs = 120_000, ...options }: SpawnOptions & { timeoutMs?: number } = {},
): Promise<ProcessOutput> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr: `${stderr}${error.message}`, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

/** Ends a detached child's whole process group (npx-style wrappers do not pass signals on). */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
