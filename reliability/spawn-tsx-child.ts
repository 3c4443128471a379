import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A TypeScript child process with an IPC channel. */
export interface TsxChild<Reply> {
  /** Resolves with the next message of `type`, or rejects when the child exits first or `timeoutMs` passes. */
  next<T extends Reply & { type: string }>(type: T['type'], timeoutMs?: number): Promise<T>;
  send(message: unknown): void;
  /** Everything it wrote on stdout and stderr. */
  output(): string;
  /** Ends it (SIGKILL) if it still runs, and resolves when it has exited. */
  kill(): Promise<void>;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** Starts `script` (a path relative to reliability/) under tsx, with `options` as JSON in argv[2]. */
export function spawnTsxChild<Reply extends { type: string }>(script: string, options: unknown): TsxChild<Reply> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', path, JSON.stringify(options)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const chunks: string[] = [];
  child.stdout!.on('data', (data: Buffer) => chunks.push(data.toString('utf8')));
  child.stderr!.on('data', (data: Buffer) => chunks.push(data.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const queue: Reply[] = [];
  const waiting = new Set<() => void>();
  child.on('message', (message: Reply) => {
    queue.push(message);
    for (const wake of waiting) wake();
  });
  child.on('exit', () => {
    for (const wake of waiting) wake();
  });
  return {
    next: <T extends Reply>(type: T['type'], timeoutMs = 60_000) =>
      new Promise<T>((resolve, reject) => {
        const check = () => {
          const index = queue.findIndex((message) => message.type === type);
          if (index >= 0) {
            done();
            return resolve(queue.splice(index, 1)[0] as T);
          }
          if (child.exitCode !== null || child.signalCode !== null) {
            done();
            reject(
              new Error(
                `${script} exited (${child.exitCode ?? child.signalCode}) before sending "${type}": ${chunks.join('').slice(-2000)}`,
              ),
            );
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${script} sent no "${type}" within ${timeoutMs} ms: ${chunks.join('').slice(-2000)}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiting.delete(check);
        };
        waiting.add(check);
        check();
      }),
    send: (message) => child.send(message as never),
    output: () => chunks.join(''),
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
