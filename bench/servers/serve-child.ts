/**
 * The child-process side of a bench server: listens on a free loopback port, tells the parent the
 * port over IPC, and answers `cpu` messages with this process's CPU time so far (µs), so that a
 * server's CPU per request is measured inside the server, not inferred from the load generator.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Runs a bench child once its server listens on `port`; the parent drives it through spawnBenchServer. */
export async function serveChild(port: Promise<number>): Promise<void> {
  process.send!({ port: await port });
  process.on('message', (message) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ cpu: user + system });
    }
  });
  process.on('disconnect', () => process.exit(0));
}

/** Listens on a free loopback port and resolves that port. */
export function listenOnLoopback(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}
