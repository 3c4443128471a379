import { createServer, type AddressInfo, type Socket } from 'node:net';
import { startHostileServer, type HostileMode, type HostileServer } from '../../test-support/hostile-server.js';

/**
 * The hostile servers the conformance suite is tried against: the client's hostile-server modes,
 * plus two only the suite meets: `slow-headers` (slow loris: the head of a POST's answer trickled
 * one byte at a time and never finished; a HEAD is answered at once, so the reachability probe
 * passes and every case meets it) and `html-502` (a proxy's HTML error page).
 */
export const suiteHostileModes = [
  'endless-chunked',
  'huge-content-length',
  'slow-headers',
  'trickle-body',
  'deep-json',
  'gzip-bomb',
  'reset-after-headers',
  'fin-mid-body',
  'bad-gzip',
  'html-502',
  'redirect-307',
  'status-999',
  'huge-headers',
  'endless-interim',
  'no-answer',
] as const satisfies readonly (HostileMode | 'slow-headers' | 'html-502')[];
export type SuiteHostileMode = (typeof suiteHostileModes)[number];

/** The modes that end only by a timeout (or the run's time limit): each case waits it out. */
export const timeoutModes: readonly SuiteHostileMode[] = ['slow-headers', 'trickle-body', 'no-answer'];

/** Starts a loopback server answering every request in `mode`. */
export async function startSuiteHostileServer(mode: SuiteHostileMode): Promise<HostileServer> {
  if (mode !== 'slow-headers' && mode !== 'html-502') return startHostileServer(mode);
  const counts = { hostile: 0, other: 0 };
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let head = '';
    socket.on('data', (data: Buffer) => {
      head += data.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      counts.hostile++;
      if (head.startsWith('HEAD '))
        return void socket.end('HTTP/1.1 405 X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      head = '';
      if (mode === 'html-502') {
        const page = `<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>`;
        return void socket.end(
          `HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: ${page.length}\r\nConnection: close\r\n\r\n${page}`,
        );
      }
      socket.write('HTTP/1.1 200 OK\r\nX-Slow: ');
      const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write('a')), 100);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
