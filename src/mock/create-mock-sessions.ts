import type { CheckedRequest } from './check-signed-request.js';
import type { MockIdSource } from './create-id-source.js';
import type { MockLogEvent, MockSessionView } from './mock-options.js';
import type { MaybePromise, MockSession, MockStore } from './mock-store.js';
import { whenReady } from './when-ready.js';

/** What the session registry needs. */
export interface MockSessionsConfig {
  store: MockStore;
  ids: MockIdSource;
  now: () => number;
  log: ((event: MockLogEvent) => void) | undefined;
}

/**
 * Commits sessions to the store (keeping the fields answers echo and the body's digest, never the
 * body) and offers the synchronous view tests inspect. The view needs a store that answers
 * synchronously, such as the in-memory default; an out-of-process store is read through its own
 * methods instead.
 */
export function createMockSessions({ store, ids, now, log }: MockSessionsConfig) {
  function commit({ username, body, bodyDigest, idempotencyKey }: CheckedRequest): MaybePromise<MockSession> {
    const createdAt = now();
    const session: MockSession = {
      session_identifier: ids.uuid(),
      participant_unique_id1: body.participant_unique_id1,
      participant_unique_id2: body.participant_unique_id2 ?? '',
      username,
      createdAt,
      bodyDigest,
    };
    if (idempotencyKey !== undefined) session.idempotencyKey = idempotencyKey;
    return whenReady(store.saveSession(session), () => {
      log?.({
        type: 'session_created',
        at: createdAt,
        sessionIdentifier: session.session_identifier,
        ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      });
      return session;
    });
  }

  const view: MockSessionView = {
    get size() {
      return sync(store.stats(now()), 'size').sessions;
    },
    list: () => sync(store.listSessions(now()), 'list'),
    get: (sessionIdentifier) => sync(store.getSession(sessionIdentifier, now()), 'get'),
    findByIdempotencyKey: (key) => sync(store.findSessionByKey(key, now()), 'findByIdempotencyKey'),
    get idempotencyEntries() {
      return sync(store.stats(now()), 'idempotencyEntries').idempotencyKeys;
    },
    stats: () => sync(store.stats(now()), 'stats'),
  };

  return { commit, view };
}

function sync<T>(value: MaybePromise<T>, member: string): T {
  if (!(value instanceof Promise)) return value;
  value.catch(() => undefined);
  throw new TypeError(
    `sessions.${member} needs a store that answers synchronously; read this store through its own methods`,
  );
}
