import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { MockAnswer, MockEngine } from './create-mock-engine.js';
import { errorEnvelope, guardConnections, LINGER_MS, writeRawEnvelope } from './guard-connections.js';

/** Where to listen and how much a client may send before it is cut off. */
export interface ListenOptions {
  /** 0 (any free port) by default. */
  port?: number;
  /** `127.0.0.1` by default: the mock is for local use. */
  host?: string;
  /** Largest request head in bytes (request line and headers); beyond it 431. 16 KiB by default. */
  maxHeaderSize?: number;
  /** Time allowed to receive the request head; 10 s by default. */
  headersTimeoutMs?: number;
  /** Time allowed to receive the whole request (a slow body is cut off with 408); 30 s by default. */
  requestTimeoutMs?: number;
  /** Idle time before a kept-alive connection is closed; 5 s by default. */
  keepAliveTimeoutMs?: number;
  /**
   * Most connections open at once; one more is answered 503 with a JSON envelope, `Retry-After: 1`
   * and `Connection: close` before anything is read from it. 512 by default.
   */
  maxConnections?: number;
}

/** A listening server. */
export interface MockServer {
  /** Base URL, such as `http://127.0.0.1:4010`. */
  url: string;
  server: Server;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

/**
 * Serves the mock over node:http: adapts each node request (its raw target and header record) to
 * the engine of a handler from createMockHandler, the same engine its fetch handler drives, and
 * writes the engine's answer back. Malformed HTTP, oversized heads and slow requests get a JSON envelope and a
 * closed connection from node's parser limits, never a crash; so do what node would answer with
 * an empty body or a silent close: a missing Host (400), an `Expect` other than 100-continue (417),
 * CONNECT (405), and a connection beyond `maxConnections` (503).
 */
export async function listen(
  handler: { engine: MockEngine },
  {
    port = 0,
    host = '127.0.0.1',
    maxHeaderSize = 16 * 1024,
    headersTimeoutMs = 10_000,
    requestTimeoutMs = 30_000,
    keepAliveTimeoutMs = 5_000,
    maxConnections = 512,
  }: ListenOptions = {},
): Promise<MockServer> {
  // The request being answered on each socket, so that a client error can be routed to it.
  const inFlight = new WeakMap<Socket, { req: IncomingMessage; res: ServerResponse; closeAfter: boolean }>();
  const server = createServer(
    {
      maxHeaderSize,
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      keepAliveTimeout: keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, headersTimeoutMs),
      // Answered below with a JSON envelope instead of node's empty 400.
      requireHostHeader: false,
    },
    (req, res) => {
      if (refused.has(req.socket)) return;
      const current = { req, res, closeAfter: false };
      inFlight.set(req.socket, current);
      const answerWith = (answer: MockAnswer) => {
        if (inFlight.get(req.socket) === current) inFlight.delete(req.socket);
        write(current, answer);
      };
      if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1 && req.headers.host === undefined) {
        current.closeAfter = true;
        return answerWith(errorAnswer(400, 'Bad Request: HTTP/1.1 requires a Host header'));
      }
      serve(handler.engine, req).then(answerWith, () => answerWith(errorAnswer(500, 'Internal mock error')));
    },
  );
  // Sockets refused at the connection cap: whatever they send is never answered as a request.
  const refused = guardConnections(server, maxConnections);
  // Create Session needs about ten headers; a flood of them is cut (node drops the excess).
  server.maxHeadersCount = 100;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const message = `${STATUS_CODES[status]}: the request is not valid HTTP/1.1 within the mock's limits`;
    const current = inFlight.get(socket);
    if (current === undefined) return writeRawEnvelope(socket, status, message);
    const answer = errorAnswer(status, message);
    // A request is being answered. If the error is inside its body (a malformed chunk, a body
    // that stalls past the time limit), that error is its answer, now: its body will never
    // complete. Garbage after a complete request (pipelined) only means the connection closes
    // once that request's own answer is out.
    current.closeAfter = true;
    if (!current.req.complete) write(current, answer);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostname}:${address.port}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function serve(engine: MockEngine, req: IncomingMessage): Promise<MockAnswer> {
  // Node joins repeated headers into one string (set-cookie aside, which the mock never reads).
  const headers = req.headers as Record<string, string | undefined>;
  return engine.handle({ method: req.method ?? '', target: req.url ?? '', headers }, (maxBytes) =>
    readNodeBody(req, maxBytes),
  );
}

/** Buffers the body; once it exceeds `maxBytes`, drops what it holds and resolves undefined. */
function readNodeBody(req: IncomingMessage, maxBytes: number): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      chunks.length = 0;
      resolve(undefined);
    });
    req.on('end', () => resolve(size > maxBytes ? undefined : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('the client closed the connection before the body was complete'));
    });
  });
}

function errorAnswer(status: number, message: string): MockAnswer {
  return { status, headers: {}, body: errorEnvelope(status, message) };
}

function write(
  { req, res, closeAfter }: { req: IncomingMessage; res: ServerResponse; closeAfter: boolean },
  answer: MockAnswer,
): void {
  if (answer.drop !== undefined) return void req.socket.destroy();
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string | number> = {
    ...answer.headers,
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(answer.body),
  };
  // The body was not (fully) read, or garbage follows: close rather than drain an unbounded upload.
  if (!req.complete || closeAfter) {
    headers.Connection = 'close';
    res.once('finish', () => setTimeout(() => req.socket.destroy(), LINGER_MS).unref());
  }
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}
