import { afterEach, expect, test } from 'vitest';
import type { HostileServer } from '../test-support/hostile-server.js';
import { sendCaseRequest } from './send-case-request.js';
import { startSuiteHostileServer, timeoutModes, type SuiteHostileMode } from './test-helpers/suite-hostile-server.js';

/** How each hostile answer ends: refused with a named reason, or answered (and judged by the checks). */
const expected: Record<SuiteHostileMode, RegExp | number> = {
  'endless-chunked':
    /^answer larger than 16384 bytes \(HTTP 200, more bytes than that arrived; .*the connection was dropped$/,
  'huge-content-length': /^answer larger than 16384 bytes \(HTTP 200, Content-Length 1073741824; /,
  'slow-headers': /^no response within 300 ms$/,
  'trickle-body': /^the answer \(HTTP 200\) did not finish within 300 ms: the connection was dropped$/,
  'deep-json': /^answer nested deeper than 32 levels \(HTTP 401, /,
  'gzip-bomb': /^answer larger than 16384 bytes \(HTTP 200, more bytes than that arrived; /,
  'reset-after-headers': /^the connection failed while reading the answer \(HTTP 200, /,
  'fin-mid-body': /^the connection failed while reading the answer \(HTTP 200, /,
  'bad-gzip': /^the connection failed while reading the answer \(HTTP 200, /,
  'html-502': 502,
  'redirect-307': 307,
  'status-999': /^answer with HTTP 999, a status no answer to a request can have$/,
  'huge-headers': /^request failed: fetch failed \(UND_ERR_HEADERS_OVERFLOW\)$/,
  'endless-interim': /^request failed: fetch failed \(UND_ERR_SOCKET\)$/,
  'no-answer': /^no response within 300 ms$/,
};

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const body = Buffer.from('{"a":1}');

test.each(Object.entries(expected))('%s: the answer is refused with a named reason, or read', async (mode, outcome) => {
  server = await startSuiteHostileServer(mode as SuiteHostileMode);
  // Modes that are not about timing get a per-request limit the test's own 10 s timeout would end first.
  const timeoutMs = timeoutModes.includes(mode as SuiteHostileMode) ? 300 : 30_000;
  const sending = sendCaseRequest(
    {
      method: 'POST',
      path: '/api/v1/sessions/point-in-time/plugin',
      headers: { 'Content-Type': 'application/json' },
      body,
    },
    { baseUrl: server.url, fetch, timeoutMs },
  );
  if (typeof outcome === 'number') await expect(sending).resolves.toMatchObject({ status: outcome });
  else await expect(sending).rejects.toThrow(outcome);
  // Nothing follows a redirect to the other origin, and nothing is sent twice.
  expect(server.counts).toEqual({ hostile: 1, other: 0 });
});

test("the run's signal ends a request in flight, and one not yet sent, with the time limit's reason", async () => {
  server = await startSuiteHostileServer('trickle-body');
  const run = new AbortController();
  const request = { method: 'POST', path: '/p', headers: {}, body };
  const sending = sendCaseRequest(request, { baseUrl: server.url, fetch, timeoutMs: 30_000, signal: run.signal });
  await new Promise((resolve) => setImmediate(resolve));
  run.abort();
  await expect(sending).rejects.toThrow("the run's time limit was reached");
  await expect(
    sendCaseRequest(request, { baseUrl: server.url, fetch, timeoutMs: 30_000, signal: run.signal }),
  ).rejects.toThrow("the run's time limit was reached");
});

test.each([
  ['an endless chunked answer', 'Transfer-Encoding: chunked'],
  ['a 1 GB Content-Length', 'Content-Length: 1073741824'],
])('%s is cut off at the cap and its connection dropped, not read to the end', async (_name, framing) => {
  const { createServer } = await import('node:net');
  let closed!: () => void;
  const socketClosed = new Promise<void>((resolve) => (closed = resolve));
  const chunked = framing.startsWith('Transfer');
  const sockets = new Set<import('node:net').Socket>();
  const raw = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('close', closed);
    socket.once('data', () => {
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n${framing}\r\n\r\n`);
      const chunk = chunked ? `400\r\n${' '.repeat(0x400)}\r\n` : ' '.repeat(0x400);
      const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(chunk)), 1);
    });
  });
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  const { port } = raw.address() as import('node:net').AddressInfo;
  try {
    await expect(
      sendCaseRequest(
        { method: 'POST', path: '/p', headers: {}, body },
        { baseUrl: `http://127.0.0.1:${port}`, fetch, timeoutMs: 30_000 },
      ),
    ).rejects.toThrow(/^answer larger than 16384 bytes/);
    // The server sees its connection closed by the suite (the test's timeout would end a wait for more).
    await socketClosed;
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => raw.close(resolve));
  }
});
