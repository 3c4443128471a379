import { BoundedStore } from './bounded-store.js';
import type { CheckedRequest } from './check-signed-request.js';
import type { MockIdSource } from './create-id-source.js';
import type { IdempotencyStore } from './idempotency-store.js';
import type { MockLogEvent, MockSession, MockSessionView } from './mock-options.js';

/** What the session registry needs. */
export interface MockSessionsConfig {
  maxSessions: number;
  ids: MockIdSource;
  idempotency: IdempotencyStore;
  now: () => number;
  log: ((event: MockLogEvent) => void) | undefined;
}

/**
 * The registry of staged sessions (capped: the oldest are dropped first, since a long-running mock
 * must not grow without bound) and the read-only view tests inspect.
 */
export function createMockSessions({ maxSessions, ids, idempotency, now, log }: MockSessionsConfig) {
  const sessions = new BoundedStore<string, MockSession>({ maxEntries: maxSessions });

  function commit(username: string, body: CheckedRequest['body'], idempotencyKey: string | undefined): MockSession {
    const createdAt = now();
    const session: MockSession = {
      session_identifier: ids.uuid(),
      participant_unique_id1: body.participant_unique_id1,
      participant_unique_id2: body.participant_unique_id2 ?? '',
      createdAt,
      body,
      username,
    };
    if (idempotencyKey !== undefined) session.idempotencyKey = idempotencyKey;
    sessions.set(session.session_identifier, session, createdAt);
    log?.({ type: 'session_created', at: createdAt, sessionIdentifier: session.session_identifier, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) });
    return session;
  }

  const view: MockSessionView = {
    get size() {
      return sessions.size;
    },
    list: () => [...sessions.values()],
    get: (sessionIdentifier) => sessions.get(sessionIdentifier, now()),
    findByIdempotencyKey: (key) => idempotency.findSession(key, now()),
    get idempotencyEntries() {
      return idempotency.count(now());
    },
  };

  return { commit, view };
}
