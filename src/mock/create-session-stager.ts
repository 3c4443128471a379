import type { CheckedRequest } from './check-signed-request.js';
import type { MockIdSource } from './create-id-source.js';
import type { createMockSessions } from './create-mock-sessions.js';
import type { IdempotencyStore } from './idempotency-store.js';
import { issueAuthorizedUrl } from './issue-authorized-url.js';
import { jsonEqual } from './json-equal.js';
import { MockConnectionDrop } from './mock-connection-drop.js';
import type { MockLogEvent, MockSession } from './mock-options.js';
import { envelopeCodes, rejectWith, type MockReply } from './mock-reply.js';

/** Runs `next` once the request's injected latency has passed (at once, synchronously, without latency). */
export type AfterPause = <T>(next: () => T) => T | Promise<T>;

/** What staging needs; resolved by createMockEngine. */
export interface SessionStagerConfig {
  ids: MockIdSource;
  now: () => number;
  sessions: Pick<ReturnType<typeof createMockSessions>, 'commit'>;
  idempotency: IdempotencyStore;
  random: () => number;
  dropAfterCommitRate: number;
  authorizedUrlBase: string;
  afterPause: AfterPause;
  log: ((event: MockLogEvent) => void) | undefined;
}

/**
 * Creates the last step of the request path: stage a new session, or replay the one an active
 * Idempotency-Key already has (status 101, fresh authorized_url), or refuse a key reused with
 * another body (422, envelope 13723). The key is reserved before the pause and the commit, so a
 * duplicate arriving in between waits for the same session and never creates a second one.
 * Synchronous when no latency is injected and nothing is in flight: this is the mock's hot path.
 */
export function createSessionStager({ ids, now, sessions, idempotency, random, dropAfterCommitRate, authorizedUrlBase, afterPause, log }: SessionStagerConfig) {
  function answer(session: MockSession, kind: typeof envelopeCodes.created | typeof envelopeCodes.replayed): MockReply {
    const { session_identifier, participant_unique_id1, participant_unique_id2 } = session;
    const { authorized_url, authorized_url_expiration_utc } = issueAuthorizedUrl(session_identifier, now(), ids.token(), authorizedUrlBase);
    const data = { session_identifier, authorized_url, authorized_url_expiration_utc, participant_unique_id1, participant_unique_id2 };
    const reply: MockReply = { status: 200, envelope: { status: kind.status, client_message: kind.client_message, data, time: 0 } };
    if (dropAfterCommitRate > 0 && random() < dropAfterCommitRate) {
      reply.drop = new MockConnectionDrop(session_identifier);
      log?.({ type: 'fault', at: now(), fault: 'drop_after_commit', sessionIdentifier: session_identifier });
    }
    return reply;
  }

  function replay(session: MockSession, idempotencyKey: string): MockReply {
    log?.({ type: 'session_replayed', at: now(), sessionIdentifier: session.session_identifier, idempotencyKey });
    return answer(session, envelopeCodes.replayed);
  }

  return function stageSession({ username, body, idempotencyKey }: CheckedRequest): MockReply | Promise<MockReply> {
    if (idempotencyKey === undefined) return afterPause(() => answer(sessions.commit(username, body, undefined), envelopeCodes.created));
    const at = now();
    const entry = idempotency.find(username, idempotencyKey, at);
    if (entry !== undefined) {
      if (!jsonEqual(entry.body, body)) {
        const { status, client_message } = envelopeCodes.idempotencyConflict;
        return afterPause(() => rejectWith(422, client_message, { envelopeStatus: status }));
      }
      const { session } = entry;
      if (session !== undefined) return afterPause(() => replay(session, idempotencyKey));
      // In flight: wait for the first request's session rather than creating a second one.
      return entry.committed.then((committed) => afterPause(() => replay(committed, idempotencyKey)));
    }
    const reservation = idempotency.reserve(username, idempotencyKey, body, at);
    return afterPause(() => {
      try {
        const session = sessions.commit(username, body, idempotencyKey);
        reservation.commit(session);
        return answer(session, envelopeCodes.created);
      } catch (error) {
        reservation.abandon(error);
        throw error;
      }
    });
  };
}
