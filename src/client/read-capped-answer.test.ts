import { describe, expect, test } from 'vitest';
import { readCappedAnswer } from './read-capped-answer.js';

const request = new Request('http://ingo.test/api', { method: 'POST' });
const streamOf = (chunks: (string | Error)[]) =>
  new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.shift();
      if (next === undefined) controller.close();
      else if (next instanceof Error) controller.error(next);
      else controller.enqueue(new TextEncoder().encode(next));
    },
  });

describe('readCappedAnswer', () => {
  test('buffers an answer within the cap, status and headers kept', async () => {
    const answer = await readCappedAnswer(
      new Response(streamOf(['{"a":', '1}']), { status: 201, headers: { 'x-h': 'v' } }),
      request,
      100,
    );
    expect(answer.status).toBe(201);
    expect(answer.headers.get('x-h')).toBe('v');
    expect(await answer.text()).toBe('{"a":1}');
  });

  test('a declared Content-Length over the cap fails before reading', async () => {
    let pulled = 0;
    const body = new ReadableStream({ pull: () => void pulled++ });
    await expect(
      readCappedAnswer(new Response(body, { headers: { 'content-length': '101' } }), request, 100),
    ).rejects.toMatchObject({
      name: 'ResponseTooLargeError',
      maxBytes: 100,
      message: expect.stringMatching(/declares 101 bytes/),
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
    await expect(readCappedAnswer(new Response(endless), request, 1000)).rejects.toMatchObject({
      name: 'ResponseTooLargeError',
    });
    expect(cancelled).toBe(true);
    expect(sent).toBeLessThan(2000);
  });

  test('a failure mid-body is a NetworkError naming what was read', async () => {
    const failing = new Response(streamOf(['{"status":', new TypeError('terminated')]));
    await expect(readCappedAnswer(failing, request, 100)).rejects.toMatchObject({
      name: 'NetworkError',
      message: expect.stringMatching(/while reading the answer \(HTTP 200, 10 bytes read\): terminated/),
    });
  });

  test('an abort mid-body is rethrown as it is, for the attempt to classify', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('late', 'TimeoutError'));
    const aborted = new Response(streamOf([new DOMException('late', 'TimeoutError') as unknown as Error]));
    await expect(readCappedAnswer(aborted, request, 100, controller.signal)).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });

  test('a null-body status gets no body', async () => {
    expect((await readCappedAnswer(new Response(null, { status: 204 }), request, 10)).status).toBe(204);
  });
});
