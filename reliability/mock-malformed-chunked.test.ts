import { expect, onTestFinished, test } from 'vitest';
import { createSessionPath } from '../src/spec/create-session-operation.js';
import { startMock } from '../src/mock/start-mock.js';
import { sendRaw } from './send-raw.js';

// Found by the hostile-input fuzz, and fixed: after a valid request head, a malformed chunked body
// (`zz` is not a chunk size) got no answer at all, the connection held until requestTimeoutMs
// (30 s by default) and then answered 408, each such connection pinning a socket for 30 s. node
// reports the parse error through 'clientError' while the request is in flight; the mock now
// answers 400 with an envelope, then closes, at once.
test('a malformed chunked body is refused with 400 at once, not held until the request timeout', async () => {
  const mock = await startMock();
  onTestFinished(() => mock.close());
  const head = `POST ${createSessionPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
  // Held until the request timeout (30 s), the exchange would end at waitMs with no 400: the answer
  // itself is the signal, no wall-clock bound needed.
  const exchange = await sendRaw(mock.url, Buffer.from(`${head}zz\r\n{}\r\n0\r\n\r\n`, 'latin1'), { waitMs: 3_000 });
  expect(exchange.statuses).toEqual([400]);
});
