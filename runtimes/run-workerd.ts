import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { killGroup } from './run-bounded-process.js';

/** What workerd answered, or why it did not. */
export interface WorkerdOutput {
  body: string;
  stderr: string;
}

/**
 * Serves the bundled Worker `project/<file>` with workerd on a free loopback port (workerd reports the port it
 * bound on its control descriptor), with `bindings` as text bindings (the Worker's `env`), sends it
 * one request, and stops it. The Worker's outbound fetch
 * goes through a `network` service that allows local addresses, so it reaches the mock on loopback.
 */
export async function runWorkerd(
  workerd: string,
  project: string,
  {
    nodejsCompat,
    file,
    bindings,
    timeoutMs = 60_000,
  }: { nodejsCompat: boolean; file: string; bindings: Record<string, string>; timeoutMs?: number },
): Promise<WorkerdOutput> {
  const config = join(project, nodejsCompat ? 'workerd-nodejs-compat.capnp' : 'workerd.capnp');
  await writeFile(
    config,
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .smoke),
    (name = "loopback", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const smoke :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "${file}")],
  compatibilityDate = "2025-09-01",
  compatibilityFlags = [${nodejsCompat ? '"nodejs_compat"' : ''}],
  bindings = [${Object.entries(bindings)
    .map(([name, value]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`)
    .join(', ')}],
  globalOutbound = "loopback",
);
`,
  );
  const child = spawn(workerd, ['serve', config, '--control-fd=3'], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => killGroup(child.pid), timeoutMs);
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let control = '';
      const pipe = child.stdio[3] as NodeJS.ReadableStream;
      pipe.setEncoding('utf8');
      pipe.on('data', (chunk: string) => {
        const lines = (control + chunk).split('\n');
        control = lines.pop()!; // an unfinished line waits for the rest
        for (const line of lines) {
          const event = JSON.parse(line) as { event?: string; port?: number };
          if (event.event === 'listen' && event.port) resolve(event.port);
        }
      });
      child.on('close', (code) =>
        reject(new Error(`workerd exited (${code}) before listening: ${stderr.slice(0, 2000)}`)),
      );
    });
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(timeoutMs) });
    return { body: await response.text(), stderr };
  } finally {
    clearTimeout(timer);
    killGroup(child.pid);
  }
}
