import { createMockHandler, type MockFetchHandler } from './create-mock-handler.js';
import { listen, type ListenOptions } from './listen.js';
import type { MockOptions, MockSessionView } from './mock-options.js';

/** A mock listening on a port. */
export interface RunningMock {
  /** Base URL, such as `http://127.0.0.1:43121`; append the spec's path. */
  url: string;
  close(): Promise<void>;
  sessions: MockSessionView;
  handler: MockFetchHandler;
}

/**
 * Starts the mock on node:http, on 127.0.0.1 and a free port by default: the one-liner for tests.
 * Call `close()` when done: it stops listening and closes every connection.
 */
export async function startMock({
  port = 0,
  host = '127.0.0.1',
  maxHeaderSize,
  headersTimeoutMs,
  requestTimeoutMs,
  keepAliveTimeoutMs,
  maxConnections,
  ...options
}: MockOptions & ListenOptions = {}): Promise<RunningMock> {
  const handler = createMockHandler(options);
  const server = await listen(handler, {
    port,
    host,
    maxHeaderSize,
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs,
    maxConnections,
  });
  return { url: server.url, close: server.close, sessions: handler.sessions, handler };
}
