import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sendCaseRequest } from './send-case-request.js';

let baseUrl = '';
const received: { headers: IncomingHttpHeaders; body: string; url: string }[] = [];
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    received.push({ headers: req.headers, body: Buffer.concat(chunks).toString(), url: req.url ?? '' });
    if (req.url === '/hang') return;
    res.writeHead(201, { 'content-type': 'application/json', 'x-extra': 'yes' }).end('{"ok":true}');
  });
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const body = Buffer.from('{"a":"é"}');

test('sends exactly the crafted headers and bytes; fetch adds no Content-Type of its own', async () => {
  const response = await sendCaseRequest(
    { method: 'POST', path: '/p?q=1', headers: { 'X-Date': 'd', 'Content-Length': String(body.length) }, body },
    { baseUrl, fetch, timeoutMs: 5000 },
  );
  expect(response.status).toBe(201);
  expect(response.text).toBe('{"ok":true}');
  expect(response.headers.get('x-extra')).toBe('yes');
  const last = received.at(-1)!;
  expect(last).toMatchObject({ url: '/p?q=1', body: '{"a":"é"}' });
  expect(last.headers['content-length']).toBe('10');
  expect(last.headers['content-type']).toBeUndefined();
});

test('a streamed body goes on the wire chunked, without Content-Length', async () => {
  await sendCaseRequest(
    { method: 'POST', path: '/p', headers: { 'Content-Type': 'application/json' }, body, streamBody: true },
    { baseUrl, fetch, timeoutMs: 5000 },
  );
  const last = received.at(-1)!;
  expect(last.body).toBe('{"a":"é"}');
  expect(last.headers['content-length']).toBeUndefined();
  expect(last.headers['transfer-encoding']).toBe('chunked');
});

test('a server that never answers, or a refused connection, is reported, not hung on', async () => {
  await expect(
    sendCaseRequest({ method: 'POST', path: '/hang', headers: {}, body }, { baseUrl, fetch, timeoutMs: 50 }),
  ).rejects.toThrow('no response within 50 ms');
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  await expect(
    sendCaseRequest(
      { method: 'POST', path: '/', headers: {}, body },
      { baseUrl: `http://127.0.0.1:${port}`, fetch, timeoutMs: 5000 },
    ),
  ).rejects.toThrow('request failed: fetch failed (ECONNREFUSED)');
});
