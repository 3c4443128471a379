import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
// The library's public entries: the mock's fetch handler, the verifier and explain, as any user calls them.
import { explainRequest } from '../../src/explain/index.js';
import { verifyRequest } from '../../src/index.js';
import { createMockHandler } from '../../src/mock/index.js';
import { formatHttpDate } from '../../src/signing/http-date.js';
import type { BoundRefusal, RecordedAttempt } from './certify-types.js';

/** One scripted answer. `engine` hands the attempt to the mock's engine, which signs off on it as Ingo would. */
export type ScriptStep =
  | { kind: 'engine' }
  /** The engine commits the session (or replays it), then the connection is cut before any answer. */
  | { kind: 'engine-then-cut' }
  | { kind: 'reply'; status: number; envelope: { status: number; client_message: string }; retryAfterSeconds?: number }
  /** A redirect to the other origin, which records whatever reaches it. */
  | { kind: 'redirect'; status: 307 | 308 }
  /** No answer: the connection is held until `stallLimitMs`, then cut. */
  | { kind: 'stall' };

/** What certification lets a client send before it refuses (#27: no client can exhaust certify). */
export interface CertifyBounds {
  /** Largest body accepted, in bytes; the spec's `x-ingo-limits.maxBodyBytes` (64 KiB). */
  maxBodyBytes: number;
  /** Largest request head (request line and headers), in bytes. */
  maxHeaderBytes: number;
  /** Most connections open at once. */
  maxConnections: number;
  /** Most attempts in one scenario; later ones are refused and not recorded. */
  maxAttempts: number;
}

export interface ScriptedServerOptions {
  /** The answer to attempt n (1-based); the last step repeats. */
  script: readonly ScriptStep[];
  username: string;
  secret: string;
  /** The scenario's server clock offset from the real one, in ms (a skewed server Date). */
  skewMs: number;
  stallLimitMs: number;
  bounds: CertifyBounds;
}

/** A scripted server on loopback, and the other origin its redirects point at. */
export interface ScriptedServer {
  url: string;
  attempts: RecordedAttempt[];
  refusals: BoundRefusal[];
  otherOrigin: { connections: number; requests: number };
  /** Waits for the answers in progress, then stops both servers and cuts every connection. */
  close(): Promise<void>;
}

const envelopeHeaders = { 'Content-Type': 'application/json', Connection: 'close' };

/**
 * Starts a scripted server: every request is bounded, recorded (time, headers, body bytes),
 * verified with verifyRequest and, when its signature fails, diagnosed with explainRequest; then the
 * script answers it, or delegates to a fresh mock engine (createMockHandler) with the scenario's clock.
 */
export async function startScriptedServer(options: ScriptedServerOptions): Promise<ScriptedServer> {
  const started = performance.now();
  const since = () => Math.round(performance.now() - started);
  const serverNow = () => Date.now() + options.skewMs;
  const engine = createMockHandler({
    credentials: { username: options.username, secret: options.secret },
    now: serverNow,
  });
  const attempts: RecordedAttempt[] = [];
  const refusals: BoundRefusal[] = [];
  const inProgress = new Set<Promise<void>>();
  let arrivals = 0;
  const { bounds } = options;
  const refuse = (bound: BoundRefusal['bound'], message: string) => {
    const seen = refusals.find((r) => r.bound === bound);
    if (seen) seen.count += 1;
    else refusals.push({ bound, atMs: since(), count: 1, message });
  };

  const other = await startOtherOrigin();
  const server = createServer({ maxHeaderSize: bounds.maxHeaderBytes, requestTimeout: 0 }, (req, res) => {
    const arrivedAt = since();
    arrivals += 1;
    if (arrivals > bounds.maxAttempts) {
      refuse('attempts', `more than ${bounds.maxAttempts} attempts in one scenario`);
      return sendEnvelope(res, 400, 400, `certify refused: more than ${bounds.maxAttempts} attempts in one scenario`);
    }
    const work = serve(req, res, arrivals, arrivedAt).catch(() => void res.destroy());
    inProgress.add(work);
    void work.finally(() => inProgress.delete(work));
  });
  server.maxConnections = bounds.maxConnections;
  server.on('drop', () => refuse('connections', `more than ${bounds.maxConnections} connections open at once`));
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'HPE_HEADER_OVERFLOW') {
      refuse('headers', `request head larger than ${bounds.maxHeaderBytes} bytes`);
      if (socket.writable)
        socket.end(rawRefusal(431, `certify refused: request head larger than ${bounds.maxHeaderBytes} bytes`));
    }
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function serve(req: IncomingMessage, res: ServerResponse, index: number, atMs: number): Promise<void> {
    const body = await readBounded(req, bounds.maxBodyBytes);
    if (body === undefined) {
      refuse('body', `body larger than ${bounds.maxBodyBytes} bytes`);
      return sendEnvelope(res, 413, 413, `certify refused: body larger than ${bounds.maxBodyBytes} bytes`);
    }
    const step = options.script[Math.min(index, options.script.length) - 1]!;
    const headers = pairs(req.rawHeaders);
    const attempt: RecordedAttempt = {
      index,
      atMs,
      method: req.method ?? '',
      target: req.url ?? '',
      headers,
      body,
      idempotencyKey: header(req, 'idempotency-key'),
      xDate: header(req, 'x-date'),
      serverNowMs: serverNow(),
      // A scripted refusal is judged against the real clock; the engine judges with the scenario's.
      signature: await checkSignature(req, headers, body, step.kind.startsWith('engine') ? serverNow() : Date.now()),
      answer: { step: step.kind },
    };
    attempts.push(attempt);
    res.setHeader('Date', formatHttpDate(new Date(serverNow())));
    req.socket.once('close', () => {
      if (attempt.answeredAtMs === undefined) attempt.abandonedAtMs = since();
    });
    await answer(step, req, res, attempt);
  }

  async function answer(step: ScriptStep, req: IncomingMessage, res: ServerResponse, attempt: RecordedAttempt) {
    const { answer: seen } = attempt;
    if (step.kind === 'reply') {
      seen.httpStatus = step.status;
      seen.envelopeStatus = step.envelope.status;
      if (step.retryAfterSeconds !== undefined) {
        seen.retryAfterSeconds = step.retryAfterSeconds;
        res.setHeader('Retry-After', String(step.retryAfterSeconds));
      }
      attempt.answeredAtMs = since();
      return sendEnvelope(res, step.status, step.envelope.status, step.envelope.client_message);
    }
    if (step.kind === 'redirect') {
      seen.httpStatus = step.status;
      attempt.answeredAtMs = since();
      res.writeHead(step.status, { Location: `${other.url}${attempt.target}`, ...envelopeHeaders });
      return void res.end(JSON.stringify({ status: step.status, client_message: 'Moved', time: 0 }));
    }
    if (step.kind === 'stall') {
      await stall(req, options.stallLimitMs);
      attempt.answeredAtMs ??= since();
      return void res.destroy();
    }
    // The mock's public fetch-style handler, over the exact bytes received.
    const response = await engine(
      new Request(`http://127.0.0.1${attempt.target}`, {
        method: attempt.method,
        headers: headers(attempt.headers),
        ...(attempt.method === 'GET' || attempt.method === 'HEAD' ? {} : { body: Buffer.from(attempt.body) }),
      }),
    );
    const text = await response.text();
    const envelope = parseEnvelope(text);
    seen.httpStatus = response.status;
    seen.envelopeStatus = envelope?.status;
    seen.sessionIdentifier = envelope?.data?.session_identifier;
    attempt.answeredAtMs = since();
    if (step.kind === 'engine-then-cut') return void res.destroy();
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(text);
  }

  async function checkSignature(
    req: IncomingMessage,
    headers: RecordedAttempt['headers'],
    body: Uint8Array,
    now: number,
  ) {
    const lookup = (name: string) => (name === options.username ? options.secret : undefined);
    const request = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers as Record<string, string>,
      body,
    };
    const verdict = await verifyRequest(request, lookup, { now });
    if (verdict.ok) return { ok: true as const };
    return {
      ok: false as const,
      reason: verdict.reason,
      message: verdict.message,
      diagnoses: await diagnose(req, headers, body, now),
    };
  }

  // explain's public entry (awaited: it may become asynchronous), over the request as captured.
  async function diagnose(req: IncomingMessage, headers: RecordedAttempt['headers'], body: Uint8Array, at: number) {
    const captured = {
      method: req.method ?? '',
      target: req.url ?? '',
      httpVersion: `HTTP/${req.httpVersion}`,
      headers,
      body,
    };
    const explanation = await explainRequest(captured, options.secret, { at, username: options.username });
    return explanation.diagnoses.map((d) => `${d.code}: ${d.message} Fix: ${d.fix}`);
  }

  return {
    url,
    attempts,
    refusals,
    otherOrigin: other.seen,
    async close() {
      await Promise.race([Promise.allSettled([...inProgress]), delay(2_000)]);
      // Recorded as each body was read: put them back in arrival order.
      attempts.sort((a, b) => a.index - b.index);
      server.closeAllConnections();
      await Promise.all([new Promise((resolve) => server.close(resolve)), other.close()]);
    },
  };
}

/** The redirect target: records connections and requests, answers nothing useful. */
async function startOtherOrigin() {
  const seen = { connections: 0, requests: 0 };
  const server: Server = createServer((req, res) => {
    seen.requests += 1;
    req.resume();
    sendEnvelope(res, 404, 404, 'certify: this origin should never be reached');
  });
  server.on('connection', () => (seen.connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The body, or undefined once it passes `maxBytes` (declared or received); the rest is never buffered. */
async function readBounded(req: IncomingMessage, maxBytes: number): Promise<Uint8Array | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return undefined;
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function stall(req: IncomingMessage, limitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, limitMs);
    req.socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function sendEnvelope(res: ServerResponse, httpStatus: number, status: number, clientMessage: string): void {
  res.writeHead(httpStatus, envelopeHeaders);
  res.end(JSON.stringify({ status, client_message: clientMessage, time: 0 }));
}

function rawRefusal(status: number, message: string): string {
  const body = JSON.stringify({ status, client_message: message, time: 0 });
  return `HTTP/1.1 ${status} Refused\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

function parseEnvelope(text: string): { status?: number; data?: { session_identifier?: string } } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

function pairs(raw: string[]): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push({ name: raw[i]!, value: raw[i + 1]! });
  return out;
}

function headers(list: RecordedAttempt['headers']): Headers {
  const out = new Headers();
  for (const { name, value } of list) {
    try {
      out.append(name, value);
    } catch {
      // A header value fetch refuses (a control character): the engine judges without it.
    }
  }
  return out;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());
