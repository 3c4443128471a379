import { describe, expect, test } from 'vitest';
import { readLimitedBody } from './read-limited-body.js';

const streamOf = (...chunks: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });

describe('readLimitedBody', () => {
  test('no body is an empty body', async () => {
    expect(await readLimitedBody(null, 10)).toEqual(new Uint8Array(0));
  });

  test('joins chunks up to exactly the limit', async () => {
    const body = await readLimitedBody(streamOf(Buffer.from('abc'), Buffer.from('de')), 5);
    expect(Buffer.from(body!).toString()).toBe('abcde');
  });

  test('stops and cancels the stream once past the limit', async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(4)),
      cancel: () => void (cancelled = true),
    });
    expect(await readLimitedBody(stream, 10)).toBeUndefined();
    expect(cancelled).toBe(true);
  });
});
