import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { nestsDeeperThan, readCappedBody } from './read-capped-body.js';

const where = { method: 'POST', url: 'http://ingo.test/api' };
const streamOf = (chunks: (string | Uint8Array | Error)[]) =>
  new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.shift();
      if (next === undefined) controller.close();
      else if (next instanceof Error) controller.error(next);
      else controller.enqueue(typeof next === 'string' ? new TextEncoder().encode(next) : next);
    },
  });

describe('readCappedBody', () => {
  test('reads a body within the cap as text, decoded as Response.text() decodes it (BOM dropped)', async () => {
    const euro = new TextEncoder().encode('€'); // three bytes, split across chunks
    const answer = new Response(streamOf(['\uFEFF{"a":"', euro.slice(0, 1), euro.slice(1), '"}']));
    expect(await readCappedBody(answer, { maxBytes: 100, ...where })).toBe('{"a":"€"}');
  });

  test('a declared Content-Length over the cap fails before reading, naming the cap option', async () => {
    let pulled = 0;
    const body = new ReadableStream({ pull: () => void pulled++ });
    await expect(
      readCappedBody(new Response(body, { headers: { 'content-length': '101' } }), {
        maxBytes: 100,
        capName: 'maxBytes',
        ...where,
      }),
    ).rejects.toMatchObject({
      name: 'ResponseTooLargeError',
      maxBytes: 100,
      httpStatus: 200,
      message:
        'the answer (HTTP 200) declares 101 bytes, over the cap of 100 bytes (maxBytes) (POST http://ingo.test/api)',
    });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  test('a stream longer than the cap stops at it and is cancelled', async () => {
    let cancelled = false;
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => void ((sent += 64), controller.enqueue(new Uint8Array(64))),
      cancel: () => void (cancelled = true),
    });
    await expect(readCappedBody(new Response(endless), { maxBytes: 1000 })).rejects.toMatchObject({
      name: 'ResponseTooLargeError',
      message: expect.stringMatching(/is longer than 1000 bytes, over the cap of 1000 bytes \(maxAnswerBytes\)/),
    });
    expect(cancelled).toBe(true);
    expect(sent).toBeLessThan(2000);
  });

  test('a failure mid-body is a NetworkError naming what was read, the cause kept', async () => {
    const cause = new TypeError('terminated');
    const failing = new Response(streamOf(['{"status":', cause]), { status: 502 });
    await expect(readCappedBody(failing, { maxBytes: 100, ...where })).rejects.toMatchObject({
      name: 'NetworkError',
      cause,
      message: expect.stringMatching(/while reading the answer \(HTTP 502, 10 bytes read\): terminated/),
    });
  });

  test('an abort is rethrown as it is', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('late', 'TimeoutError'));
    const aborted = new Response(streamOf([new DOMException('late', 'TimeoutError') as unknown as Error]));
    await expect(readCappedBody(aborted, { maxBytes: 100 }, controller.signal)).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });

  test('no body is the empty text', async () => {
    expect(await readCappedBody(new Response(null, { status: 204 }), { maxBytes: 10 })).toBe('');
  });

  test("from Node's fetch: a whole answer is read; one cut short of its Content-Length is a NetworkError", async () => {
    const server = createServer((req, res) => {
      if (req.url === '/short') {
        res.writeHead(200, { 'content-length': '100' });
        // Cut the connection once the partial body has been handed to the socket.
        res.write('{"status":', () => res.socket?.destroy());
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '7' }).end('{"a":1}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await readCappedBody(await fetch(`${base}/whole`), { maxBytes: 100 })).toBe('{"a":1}');
      await expect(readCappedBody(await fetch(`${base}/short`), { maxBytes: 1000 })).rejects.toMatchObject({
        name: 'NetworkError',
        message: expect.stringMatching(/10 bytes read/),
      });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('nestsDeeperThan', () => {
  test('counts the root as level 1 and stops at the limit', () => {
    expect(nestsDeeperThan({ a: [1] }, 2)).toBe(false);
    expect(nestsDeeperThan({ a: [[1]] }, 2)).toBe(true);
    expect(nestsDeeperThan('text', 0)).toBe(false);
  });
});
