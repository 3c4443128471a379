import { spawn } from 'node:child_process';
import { IngoSessionError } from '../../src/errors/ingo-session-error.js';
import type { ClientOutcome } from './certify-types.js';

/** How a command under test is run: its limits. */
export interface CommandLimits {
  timeLimitMs: number;
  /** Most bytes kept from stdout; printing more ends the command (a flood). */
  maxStdoutBytes: number;
  /** Bytes kept from the end of stderr. */
  stderrTailBytes: number;
}

const PIPE_GRACE_MS = 500;

/** The command could not be started at all (not found, not executable): certify's exit code 2. */
export class CommandStartError extends IngoSessionError {
  override name = 'CommandStartError';
}

/** Whether `value` is a CommandStartError. */
export function isCommandStartError(value: unknown): value is CommandStartError {
  return value instanceof CommandStartError;
}

/**
 * Runs the client command once, in its own process group, with `env` added to ours. Ends the whole
 * group (children and grandchildren it forked) when the command exits, at the time limit, or when
 * stdout passes its bound; keeps at most `maxStdoutBytes` of stdout and the tail of stderr, so that
 * no command can make certify hold unbounded memory or wait forever.
 */
export function runClientCommand(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
  limits: CommandLimits,
): Promise<ClientOutcome> {
  const started = performance.now();
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stdout: Buffer[] = [];
  let stdoutBytes = 0;
  let stderrTail = Buffer.alloc(0);
  let ending: ClientOutcome['ending'] = 'exited';
  const killGroup = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ending = 'time-limit';
      killGroup();
    }, limits.timeLimitMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > limits.maxStdoutBytes) {
        if (ending === 'exited') ending = 'flooded';
        killGroup();
        return;
      }
      stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      // Only the tail is kept: a flood of stderr costs a copy of at most the tail per chunk.
      const kept = stderrTail.subarray(Math.max(0, stderrTail.length + chunk.length - limits.stderrTailBytes));
      stderrTail = Buffer.concat([kept, chunk.subarray(-limits.stderrTailBytes)]);
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (child.pid === undefined)
        reject(new CommandStartError(`cannot start "${command}": ${error.code ?? error.message}`));
    });
    // On exit the group is ended at once: a forked grandchild may hold the pipes open. What is
    // still in the pipes is read for a short grace, then they are closed.
    child.once('exit', (code) => {
      clearTimeout(timer);
      killGroup();
      const finish = () => {
        clearTimeout(grace);
        child.stdout.destroy();
        child.stderr.destroy();
        resolve({
          ending,
          ...(code !== null && ending === 'exited' && { exitCode: code }),
          reportedSuccess: ending === 'exited' && code === 0,
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderrTail: stderrTail.toString('utf8'),
          durationMs: Math.round(performance.now() - started),
        });
      };
      const grace = setTimeout(finish, PIPE_GRACE_MS);
      child.once('close', finish);
    });
  });
}
