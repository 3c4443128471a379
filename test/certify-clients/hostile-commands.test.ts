import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { certifyCommand, isCommandStartError } from '../../conformance/index.js';
import { isIngoSessionError } from '../../src/index.js';
import { hostileCommands } from './hostile-commands.js';

/**
 * #27, certification side: no client command can exhaust certify. A command that hangs, forks,
 * floods or ignores SIGTERM is ended with its process group at the scenario's time limit (or at
 * once for a flood); one that sends too much is refused, and the refusal is the client's failure.
 */
const timeLimitMs = 1_500;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.concurrent('hostile client commands', () => {
  test.each(hostileCommands)('$mode: ended ($ending), failing the run', async ({ command, args, ending, refused }) => {
    const pidFile = join(await mkdtemp(join(tmpdir(), 'ingo-hostile-')), 'pid');
    const started = performance.now();
    const report = await certifyCommand(
      command,
      args.map((arg) => arg.replace('PIDFILE', pidFile)),
      { scenarios: ['success'], timeLimitMs },
    );
    const elapsed = performance.now() - started;
    const [scenario] = report.scenarios;
    expect(scenario!.outcome.ending).toBe(ending);
    expect(report.exitCode).toBe(1);
    // The limit, the 0.5 s pipe grace and start-up: nothing waits for the 600 s sleep.
    expect(elapsed).toBeLessThan(timeLimitMs + 3_000);
    expect(scenario!.outcome.stdout.length).toBeLessThanOrEqual(1024 * 1024);
    expect(scenario!.outcome.stderrTail.length).toBeLessThanOrEqual(16 * 1024);
    const failed = scenario!.checks.filter((c) => !c.passed).map((c) => c.check);
    if (refused !== undefined) {
      expect(scenario!.refusals.map((r) => r.bound)).toContain(refused);
      expect(failed).toContain('within-bounds');
    } else {
      expect(failed).toContain(ending === 'exited' ? 'signed' : 'exits-in-time');
    }
    const forked = await readFile(pidFile, 'utf8').catch(() => undefined);
    if (forked !== undefined) await expect.poll(() => alive(Number(forked)), { timeout: 2_000 }).toBe(false);
  });

  test('a command that cannot start is a CommandStartError, an IngoSessionError (certify exits 2)', async () => {
    const error = await certifyCommand('/nonexistent/ingo-client', [], { scenarios: ['success'] }).catch((e) => e);
    expect(isCommandStartError(error)).toBe(true);
    expect(isIngoSessionError(error)).toBe(true);
    expect(error.message).toMatch(/cannot start "\/nonexistent\/ingo-client": ENOENT/);
  });
});
