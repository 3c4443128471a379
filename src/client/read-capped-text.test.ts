import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { readCappedText } from './read-capped-answer.js';

const request = new Request('http://ingo.test/api', { method: 'POST' });

describe('readCappedText', () => {
  test('a 2xx answer comes back as itself with its text; its body is read', async () => {
    const answer = new Response('\uFEFF{"a":1}', { status: 200, headers: { 'x-h': 'v' } });
    const { head, text } = await readCappedText(answer, request, 100);
    expect(head).toBe(answer);
    expect(head.bodyUsed).toBe(true);
    expect(text).toBe('{"a":1}'); // decoded as Response.text() does: the BOM dropped
  });

  test('an error answer keeps status and headers on a Response without a body', async () => {
    const { head, text } = await readCappedText(
      new Response('{"status":401}', { status: 401, statusText: 'Unauthorized', headers: { date: 'x' } }),
      request,
      100,
    );
    expect([head.status, head.statusText, head.headers.get('date'), head.body]).toEqual([
      401,
      'Unauthorized',
      'x',
      null,
    ]);
    expect(text).toBe('{"status":401}');
  });

  test('the cap holds on both paths: a declared length over it, and a longer stream', async () => {
    await expect(
      readCappedText(new Response('x'.repeat(11), { headers: { 'content-length': '11' } }), request, 10),
    ).rejects.toMatchObject({ name: 'ResponseTooLargeError' });
    // A fetch double's Response (type "default") is read against the cap whatever it declares.
    await expect(
      readCappedText(new Response('x'.repeat(50), { headers: { 'content-length': '5' } }), request, 10),
    ).rejects.toMatchObject({ name: 'ResponseTooLargeError' });
  });

  test("an answer from Node's fetch with a Content-Length is read whole; one cut short is a NetworkError", async () => {
    const server = createServer((req, res) => {
      if (req.url === '/short') {
        res.writeHead(200, { 'content-length': '100' });
        res.write('{"status":');
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '7' }).end('{"a":1}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const whole = await fetch(`${base}/whole`);
      expect(whole.type).toBe('basic');
      expect((await readCappedText(whole, request, 100)).text).toBe('{"a":1}');
      await expect(readCappedText(await fetch(`${base}/short`), request, 1000)).rejects.toMatchObject({
        name: 'NetworkError',
        message: expect.stringMatching(/100 bytes declared/),
      });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
