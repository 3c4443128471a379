import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A server running in its own process, for the load-generating parent to measure. */
export interface BenchServer {
  port: number;
  /** The server process's CPU time so far, in µs (user + system), read inside that process. */
  cpu(): Promise<number>;
  close(): void;
}

/**
 * Forks `bench/servers/<name>.ts` (under tsx) and resolves once it listens. The server's own
 * process keeps the load generator off its event loop, and its CPU time is read from inside.
 * `nodeOptions` (such as `--cpu-prof` or `--trace-gc`) are for looking into a server by hand; with
 * any, the server's stdout is shown.
 */
export function spawnBenchServer(name: string, nodeOptions: readonly string[] = []): Promise<BenchServer> {
  const child = fork(fileURLToPath(new URL(`./servers/${name}.ts`, import.meta.url)), [], {
    execArgv: ['--import', 'tsx', ...nodeOptions],
    stdio: ['ignore', nodeOptions.length > 0 ? 'inherit' : 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server ${name} exited (${code}) before listening`)));
    child.once('message', (message) => {
      child.removeAllListeners('exit');
      resolve({
        port: (message as { port: number }).port,
        cpu: () => readCpu(child),
        close: () => void child.kill('SIGTERM'),
      });
    });
  });
}

function readCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve((message as { cpu: number }).cpu));
    child.send('cpu');
  });
}
