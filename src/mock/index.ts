/**
 * `ingo-session/mock`: the embedded mock of Create Session, as a fetch handler (any runtime) or a
 * node:http server (`startMock`, `listen`).
 */
export {
  createMockHandler,
  defaultMockCredentials,
  type MockCredentials,
  type MockFaults,
  type MockFetchHandler,
  type MockHandler,
  type MockLogEvent,
  type MockOptions,
  type MockSession,
  type MockSessionView,
} from './create-mock-handler.js';
export { startMock, type RunningMock } from './start-mock.js';
export type { IdempotencyClaim, MockStore } from './mock-store.js';
export type { MockIdSource } from './create-id-source.js';
export { createMemoryStore, defaultMaxKeys, type MemoryStoreOptions } from './create-memory-store.js';
export { listen, type ListenOptions, type MockServer } from './listen.js';
export { MockConnectionDrop, isMockConnectionDrop } from './mock-connection-drop.js';
