import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

// 16 MiB of spaces in 16 KiB of gzip (just under the client's default cap), compressed once, when first needed.
let bomb: Buffer | undefined;
const gzipBomb = () => (bomb ??= gzipSync(Buffer.alloc(16 * 1024 * 1024, 0x20), { level: 9 }));

/** The ways a hostile (or broken) server answers Create Session. */
export const hostileModes = [
  'reset-after-headers',
  'fin-mid-body',
  'bad-gzip',
  'gzip-bomb',
  'huge-content-length',
  'endless-chunked',
  'redirect-307',
  'redirect-308',
  'redirect-302',
  'stale-date-9999',
  'stale-date-2099',
  'stale-date-in-200',
  'no-answer',
  'trickle-body',
  'not-json',
  'not-envelope',
  'status-999',
  'garbage-http',
  'close-at-once',
  'echo-signature',
  'huge-headers',
  'endless-interim',
  'deep-json',
] as const;
export type HostileMode = (typeof hostileModes)[number];

/**
 * The per-attempt limit to call a mode with: `shortMs` for the modes that only end by timing out
 * (silence, a trickled body), a generous 5 s for the others, so that a loaded machine cannot turn
 * their outcome into a timeout.
 */
export function attemptTimeoutFor(mode: HostileMode, shortMs: number): number {
  return mode === 'no-answer' || mode === 'trickle-body' ? shortMs : 5_000;
}

/** A running hostile server, and the second origin its redirects point at. */
export interface HostileServer {
  url: string;
  /** Requests received (complete heads), per origin: a redirect followed shows on `other`. */
  counts: { hostile: number; other: number };
  close(): Promise<void>;
}

const session = {
  status: 100,
  client_message: 'Session created',
  data: {
    session_identifier: '6f0f3b5c-1d2e-4f5a-8b9c-0d1e2f3a4b5c',
    authorized_url: 'https://evil.example/s',
    authorized_url_expiration_utc: '2026-04-01T20:19:17.000Z',
    participant_unique_id1: 'x',
    participant_unique_id2: '',
  },
  time: 0,
};
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

function head(status: number, headers: Record<string, string | number>): string {
  return `HTTP/1.1 ${status} X\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;
}

/** Calls `onRequest` once per complete request head (and body, by Content-Length) on the socket. */
function onRequests(socket: Socket, onRequest: (text: string) => void): void {
  let buffered = '';
  socket.on('data', (data: Buffer) => {
    buffered += data.toString('latin1');
    for (;;) {
      const end = buffered.indexOf('\r\n\r\n');
      if (end === -1) return;
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(buffered.slice(0, end))?.[1] ?? 0);
      if (buffered.length < end + 4 + length) return;
      const request = buffered.slice(0, end + 4 + length);
      buffered = buffered.slice(end + 4 + length);
      onRequest(request);
    }
  });
  socket.on('error', () => undefined);
}

function answer(mode: HostileMode, socket: Socket, request: string, otherUrl: string): void {
  const end = (status: number, body: Buffer, headers: Record<string, string | number> = {}): void =>
    void socket.end(
      Buffer.concat([
        Buffer.from(
          head(status, {
            'Content-Type': 'application/json',
            'Content-Length': body.length,
            Connection: 'close',
            ...headers,
          }),
        ),
        body,
      ]),
    );
  switch (mode) {
    case 'reset-after-headers':
      socket.write(head(200, { 'Content-Type': 'application/json', 'Content-Length': 500 }) + '{"status":1');
      return void setTimeout(() => socket.resetAndDestroy(), 20);
    case 'fin-mid-body':
      socket.write(head(200, { 'Content-Type': 'application/json', 'Content-Length': 500 }));
      return void socket.end('{"status":100,"client_message":"Ses');
    case 'bad-gzip':
      return end(200, Buffer.from('this is not gzip at all'), { 'Content-Encoding': 'gzip' });
    case 'gzip-bomb':
      return end(200, gzipBomb(), { 'Content-Encoding': 'gzip' });
    case 'huge-content-length': {
      socket.write(head(200, { 'Content-Type': 'application/json', 'Content-Length': 2 ** 30 }));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!socket.destroyed && socket.write(chunk));
        if (!socket.destroyed) socket.once('drain', pump);
      };
      return pump();
    }
    case 'endless-chunked': {
      socket.write(head(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }) + '1\r\n[\r\n');
      const chunk = Buffer.from(`4000\r\n${'['.repeat(0x4000)}\r\n`);
      const pump = () => {
        while (!socket.destroyed && socket.write(chunk));
        if (!socket.destroyed) socket.once('drain', pump);
      };
      return pump();
    }
    case 'redirect-307':
    case 'redirect-308':
    case 'redirect-302':
      return end(Number(mode.slice(-3)), json({ status: 0, client_message: 'moved', time: 0 }), {
        Location: `${otherUrl}/api/v1/sessions/point-in-time/plugin`,
      });
    case 'stale-date-9999':
    case 'stale-date-2099':
      return end(
        401,
        json({
          status: 402,
          client_message: 'Unauthorized: X-Date is more than 300 seconds from server time',
          time: 0,
        }),
        { Date: mode.endsWith('9999') ? 'Fri, 31 Dec 9999 23:59:59 GMT' : 'Thu, 01 Jan 2099 00:00:00 GMT' },
      );
    case 'stale-date-in-200':
      return end(200, json({ status: 402, client_message: 'Unauthorized: X-Date is stale', time: 0 }), {
        Date: 'Thu, 01 Jan 2099 00:00:00 GMT',
      });
    case 'no-answer':
      return;
    case 'trickle-body': {
      socket.write(head(200, { 'Content-Type': 'application/json', 'Content-Length': 400 }));
      const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(' ')), 50);
      return;
    }
    case 'not-json':
      return end(200, Buffer.from('<html>welcome to the captive portal</html>'), { 'Content-Type': 'text/html' });
    case 'not-envelope':
      return end(200, json([1, 2, 3]));
    case 'status-999':
      return end(999, json(session));
    case 'garbage-http':
      return void socket.end('SMTP ready\r\n\r\n');
    case 'close-at-once':
      return void socket.destroy();
    case 'huge-headers':
      return void socket.end(
        `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Big: ${'y'.repeat(1024 * 1024)}\r\nContent-Length: 2\r\n\r\n{}`,
      );
    case 'endless-interim': {
      const timer = setInterval(
        () => (socket.destroyed ? clearInterval(timer) : socket.write('HTTP/1.1 100 Continue\r\n\r\n'.repeat(100))),
        5,
      );
      return;
    }
    case 'deep-json':
      // A declared status and an envelope, with 16 KB of nested arrays in it: JSON.stringify of that overflows the stack.
      return end(
        401,
        Buffer.from(`{"status":401,"client_message":"deep","junk":${'['.repeat(8000)}${']'.repeat(8000)}}`),
      );
    case 'echo-signature': {
      const authorization = /\r\nauthorization:\s*([^\r\n]*)/i.exec(request)?.[1] ?? '';
      return end(
        401,
        json({ status: 401, client_message: `rejected ${authorization}`, echo: { deep: [authorization] } }),
        { 'X-Echo': authorization },
      );
    }
  }
}

/** Starts a loopback server that answers every request in `mode`, and an honest-looking second origin. */
export async function startHostileServer(mode: HostileMode): Promise<HostileServer> {
  const counts = { hostile: 0, other: 0 };
  if (mode === 'gzip-bomb') gzipBomb();
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const other = createServer((socket) => {
    track(socket);
    onRequests(socket, () => {
      counts.other++;
      const body = json(session);
      socket.end(
        Buffer.concat([
          Buffer.from(
            head(200, { 'Content-Type': 'application/json', 'Content-Length': body.length, Connection: 'close' }),
          ),
          body,
        ]),
      );
    });
  });
  const otherUrl = await listen(other);
  const hostile = createServer((socket) => {
    track(socket);
    onRequests(socket, (request) => {
      counts.hostile++;
      answer(mode, socket, request, otherUrl);
    });
  });
  const url = await listen(hostile);
  return {
    url,
    counts,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([hostile, other].map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
