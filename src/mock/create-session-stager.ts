import type { CheckedRequest } from './check-signed-request.js';
import type { MockIdSource } from './create-id-source.js';
import type { createMockSessions } from './create-mock-sessions.js';
import { issueAuthorizedUrl } from './issue-authorized-url.js';
import { MockConnectionDrop } from './mock-connection-drop.js';
import type { MockLogEvent } from './mock-options.js';
import { envelopeCodes, rejectWith, type MockReply } from './mock-reply.js';
import type { MaybePromise, MockSession, MockStore } from './mock-store.js';
import { whenReady } from './when-ready.js';

/** Runs `next` once the request's injected latency has passed (at once, synchronously, without latency). */
export type AfterPause = <T>(next: () => MaybePromise<T>) => MaybePromise<T>;

/** What staging needs; resolved by createMockEngine. */
export interface SessionStagerConfig {
  ids: MockIdSource;
  now: () => number;
  sessions: Pick<ReturnType<typeof createMockSessions>, 'commit'>;
  store: MockStore;
  random: () => number;
  dropAfterCommitRate: number;
  authorizedUrlBase: string;
  afterPause: AfterPause;
  log: ((event: MockLogEvent) => void) | undefined;
}

/**
 * Creates the last step of the request path: stage a new session, or replay the one an active
 * Idempotency-Key already has (status 101, fresh authorized_url), or refuse a key reused with
 * another body (422, envelope 13723). Bodies are the same when the digests of their RFC 8785
 * canonical forms are. The key is claimed before the pause and the commit, so a duplicate arriving
 * in between waits for the same session and never creates a second one. Synchronous when no
 * latency is injected, nothing is in flight and the store answers synchronously: the hot path.
 */
export function createSessionStager({
  ids,
  now,
  sessions,
  store,
  random,
  dropAfterCommitRate,
  authorizedUrlBase,
  afterPause,
  log,
}: SessionStagerConfig) {
  function answer(session: MockSession, kind: typeof envelopeCodes.created | typeof envelopeCodes.replayed): MockReply {
    const { session_identifier, participant_unique_id1, participant_unique_id2 } = session;
    const { authorized_url, authorized_url_expiration_utc } = issueAuthorizedUrl(
      session_identifier,
      now(),
      ids.token(),
      authorizedUrlBase,
    );
    const data = {
      session_identifier,
      authorized_url,
      authorized_url_expiration_utc,
      participant_unique_id1,
      participant_unique_id2,
    };
    const reply: MockReply = {
      status: 200,
      envelope: { status: kind.status, client_message: kind.client_message, data, time: 0 },
    };
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

  /** Commits the session of a reserved key; if that fails, releases the key (failing its waiters) and fails too. */
  function commitReserved(request: CheckedRequest & { idempotencyKey: string }): MaybePromise<MockReply> {
    // The commit's error is the answer even when releasing fails too (a store that went away).
    const release = (error: unknown): MaybePromise<never> => {
      const fail = (): never => {
        throw error;
      };
      try {
        const released = store.releaseKey(request.username, request.idempotencyKey, error);
        return released instanceof Promise ? released.then(fail, fail) : fail();
      } catch {
        return fail();
      }
    };
    try {
      const saved = sessions.commit(request);
      if (saved instanceof Promise) return saved.then((session) => answer(session, envelopeCodes.created), release);
      return answer(saved, envelopeCodes.created);
    } catch (error) {
      return release(error);
    }
  }

  return function stageSession(request: CheckedRequest): MaybePromise<MockReply> {
    const { username, bodyDigest, idempotencyKey } = request;
    if (idempotencyKey === undefined)
      return afterPause(() => whenReady(sessions.commit(request), (session) => answer(session, envelopeCodes.created)));
    return whenReady(store.claimKey(username, idempotencyKey, bodyDigest, now()), (claim): MaybePromise<MockReply> => {
      if (claim.state === 'reserved') return afterPause(() => commitReserved({ ...request, idempotencyKey }));
      if (claim.bodyDigest !== bodyDigest) {
        const { status, client_message } = envelopeCodes.idempotencyConflict;
        return afterPause(() => rejectWith(422, client_message, { envelopeStatus: status }));
      }
      if (claim.state === 'committed') return afterPause(() => replay(claim.session, idempotencyKey));
      // In flight: wait for the first request's session rather than creating a second one.
      return claim.settled.then((committed) => afterPause(() => replay(committed, idempotencyKey)));
    });
  };
}
