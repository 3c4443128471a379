/**
 * For `npm run test:fast` (its setup file, test-support/fast-tier-setup.ts): the fast tier runs
 * in-process only, so starting a child process there throws, naming the call. A test that needs one belongs to the
 * tiers above (`npm test`), and the fast config's list of such files says so. esbuild's own
 * service process (started by `build()`) is the one exception: it is part of a library call.
 */
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';

const forbidden = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const;
const isEsbuild = (command: unknown) => typeof command === 'string' && /[\\/]esbuild([\\/]|$)/.test(command);

/** Makes every child_process starter throw (esbuild's aside); returns the function that undoes it. */
export function forbidChildProcesses(): () => void {
  const originals = Object.fromEntries(forbidden.map((name) => [name, childProcess[name]]));
  for (const name of forbidden) {
    const original = childProcess[name] as (...args: unknown[]) => unknown;
    Object.assign(childProcess, {
      [name]: (command: unknown, ...rest: unknown[]) => {
        if (isEsbuild(command)) return original(command, ...rest);
        throw new Error(
          `test:fast runs no child process, and this test started one (child_process.${name}(${JSON.stringify(command)})): list its file among the process tests of vitest.fast.config.ts`,
        );
      },
    });
  }
  syncBuiltinESMExports();
  return () => {
    Object.assign(childProcess, originals);
    syncBuiltinESMExports();
  };
}
