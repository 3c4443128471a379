import { expect, onTestFinished, test } from 'vitest';
import { createSessionPath } from '../src/spec/create-session-operation.js';
import { startMock } from '../src/mock/start-mock.js';
import { sendRaw } from './send-raw.js';

// KNOWN BUG, expected to fail until fixed (found by the hostile-input fuzz): after a valid request
// head, a malformed chunked body (`zz` is not a chunk size) gets no answer at all; the connection
// is held until requestTimeoutMs (30 s by default) and then answered 408. node reports the parse
// error through 'clientError' while the request is in flight, and src/mock/listen.ts (the
// `current !== undefined` branch of the clientError handler, about line 81) only marks the
// connection to close and answers nothing but a 408, while the body read never settles. Each such
// connection pins a socket for 30 s. Expected: 400 with an envelope, then close, at once.
test('a malformed chunked body is refused with 400 at once, not held until the request timeout', async () => {
  const mock = await startMock();
  onTestFinished(() => mock.close());
  const head = `POST ${createSessionPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
  const started = performance.now();
  const exchange = await sendRaw(mock.url, Buffer.from(`${head}zz\r\n{}\r\n0\r\n\r\n`, 'latin1'), { waitMs: 3_000 });
  expect(exchange.statuses).toEqual([400]);
  expect(performance.now() - started).toBeLessThan(2_000);
});
