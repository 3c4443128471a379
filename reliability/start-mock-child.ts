import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What the mock child is started with. */
export interface MockChildOptions {
  /** The mock's fixed clock (epoch ms): requests signed once at this instant stay valid all run. */
  nowMs: number;
  maxKeys: number;
}

/** The child's memory and stores, measured after a garbage collection. */
export interface MockChildStats {
  rss: number;
  heapUsed: number;
  idempotencyEntries: number;
  sessions: number;
  /** The statuses the mock's engine answered, from its log. */
  statuses: Record<string, number>;
}

/** Messages to the child. */
export type MockChildRequest = { type: 'stats'; id: number } | { type: 'stop' };
/** Messages from the child. */
export type MockChildReply = { type: 'ready'; url: string } | ({ type: 'stats'; id: number } & MockChildStats);

/** A running mock child. */
export interface MockChild {
  url: string;
  stats(): Promise<MockChildStats>;
  /** Whether the process is still running (it has not exited or crashed). */
  isAlive(): boolean;
  /** Everything the child wrote on stdout and stderr, for the secrets scan. */
  output(): string;
  /** Stops it; resolves with its exit code. */
  stop(): Promise<number | null>;
}

const childScript = fileURLToPath(new URL('./load-mock-child.ts', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

/** Starts load-mock-child.ts under tsx and waits until it listens. */
export function startMockChild(options: MockChildOptions, { readyTimeoutMs = 30_000 } = {}): Promise<MockChild> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', childScript, JSON.stringify(options)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const chunks: string[] = [];
  child.stdout!.on('data', (data: Buffer) => chunks.push(data.toString('utf8')));
  child.stderr!.on('data', (data: Buffer) => chunks.push(data.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const pending = new Map<number, (stats: MockChildStats) => void>();
  let nextId = 0;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`the mock child did not start within ${readyTimeoutMs} ms: ${chunks.join('')}`)),
      readyTimeoutMs,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const exitedEarly = (code: number | null) =>
      fail(new Error(`the mock child exited with ${code} before it listened: ${chunks.join('')}`));
    child.once('exit', exitedEarly);
    child.on('message', (message: MockChildReply) => {
      if (message.type === 'stats') {
        const { type: _type, id, ...stats } = message;
        pending.get(id)?.(stats);
        pending.delete(id);
        return;
      }
      clearTimeout(timer);
      child.off('exit', exitedEarly);
      resolve({
        url: message.url,
        isAlive: () => child.exitCode === null && child.signalCode === null,
        output: () => chunks.join(''),
        stats: () =>
          new Promise<MockChildStats>((resolveStats, rejectStats) => {
            if (child.exitCode !== null || child.signalCode !== null)
              return rejectStats(new Error('the mock child is not running'));
            const id = nextId++;
            pending.set(id, resolveStats);
            child.send({ type: 'stats', id } satisfies MockChildRequest);
          }),
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null)
            child.send({ type: 'stop' } satisfies MockChildRequest);
          const stopTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
          const code = await exited;
          clearTimeout(stopTimer);
          return code;
        },
      });
    });
  });
}
