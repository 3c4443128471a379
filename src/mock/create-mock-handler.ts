import { createMockEngine, type MockEngine } from './create-mock-engine.js';
import { toNetworkError } from './mock-connection-drop.js';
import type { MockOptions, MockSessionView } from './mock-options.js';
import { readLimitedBody } from './read-limited-body.js';

export {
  defaultMockCredentials,
  type MockCredentials,
  type MockFaults,
  type MockLogEvent,
  type MockOptions,
  type MockSession,
  type MockSessionView,
} from './mock-options.js';

/** A fetch-style handler: usable as an in-process `fetch` replacement or behind any HTTP server. */
export type MockHandler = (request: Request) => Promise<Response>;

/** The mock's fetch handler, with the sessions it keeps and the engine `listen` serves over node:http. */
export type MockFetchHandler = MockHandler & { sessions: MockSessionView; engine: MockEngine };

/**
 * Creates the embedded mock of Create Session as a fetch handler. Every answer is a JSON envelope
 * valid against the spec. When the `dropAfterCommitRate` fault fires, the session is committed and
 * the returned promise rejects like `fetch` on a network failure: `TypeError('fetch failed')` with
 * a MockConnectionDrop as `cause` (behind `listen`, the socket is destroyed instead). The clock
 * (`now`), the id source (`ids`) and the store (`store`) can be injected.
 *
 * The request target used for routing and the signed request line is `pathname + search` of
 * `request.url`, i.e. after WHATWG URL normalisation; `listen` passes the raw target instead.
 */
export function createMockHandler(options: MockOptions = {}): MockFetchHandler {
  const engine = createMockEngine(options);
  const handler = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const answer = await engine.handle(
      { method: request.method, target: url.pathname + url.search, headers: request.headers },
      (maxBytes) => readLimitedBody(request.body, maxBytes),
    );
    if (answer.drop !== undefined) throw toNetworkError(answer.drop);
    return new Response(answer.body, {
      status: answer.status,
      headers: { ...answer.headers, 'Content-Type': 'application/json' },
    });
  };
  return Object.assign(handler, { sessions: engine.sessions, engine });
}
