import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** How long a connection may keep sending after the mock has answered and asked to close. */
export const LINGER_MS = 1000;

/** An error envelope as the mock sends it. */
export function errorEnvelope(status: number, message: string): string {
  return JSON.stringify({ status, client_message: message, time: 0 });
}

/** Writes a JSON envelope straight to a socket that node:http will not answer, then closes it. */
export function writeRawEnvelope(socket: Socket, status: number, message: string, extraHeaders = ''): void {
  if (!socket.writable) return void socket.destroy();
  const body = errorEnvelope(status, message);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extraHeaders}Connection: close\r\n\r\n${body}`,
  );
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

/**
 * Answers with envelopes what node:http would otherwise answer with an empty body or a silent
 * close, and caps connections: beyond `maxConnections` open at once, a new connection gets a 503
 * envelope with `Retry-After: 1` and `Connection: close` before anything is read from it (its
 * requests are never served: the returned set names those sockets). An `Expect` other than
 * 100-continue gets 417, CONNECT 405 with `Allow: POST`.
 */
export function guardConnections(server: Server, maxConnections: number): WeakSet<Socket> {
  if (!(Number.isInteger(maxConnections) && maxConnections > 0))
    throw new RangeError(`maxConnections must be a positive integer, not ${String(maxConnections)}`);
  const refused = new WeakSet<Socket>();
  let open = 0;
  server.on('connection', (socket: Socket) => {
    open++;
    socket.once('close', () => open--);
    if (open <= maxConnections) return;
    refused.add(socket);
    writeRawEnvelope(
      socket,
      503,
      `Service Unavailable: the mock serves at most ${maxConnections} connections at once`,
      'Retry-After: 1\r\n',
    );
  });
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    const body = errorEnvelope(
      417,
      `Expectation Failed: only "Expect: 100-continue" is supported, not "${String(req.headers.expect).slice(0, 40)}"`,
    );
    res.once('finish', () => setTimeout(() => req.socket.destroy(), LINGER_MS).unref());
    res
      .writeHead(417, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
        Connection: 'close',
      })
      .end(body);
  });
  server.on('connect', (_req: IncomingMessage, socket: Socket) =>
    writeRawEnvelope(socket, 405, 'Method CONNECT is not allowed; use POST', 'Allow: POST\r\n'),
  );
  return refused;
}
