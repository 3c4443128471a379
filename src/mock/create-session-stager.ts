import type { CheckedRequest } from './check-signed-request.js';
import type { MockIdSource } from './create-id-source.js';
import { issueAuthorizedUrl } from './issue-authorized-url.js';
import { MockConnectionDrop } from './mock-connection-drop.js';
import type { MockLogEvent } from './mock-options.js';
import { envelopeCodes, rejectWith, type MockReply } from './mock-reply.js';
import type { MockSession, MockStore } from './mock-store.js';

/** What staging needs; resolved by createMockEngine. */
export interface SessionStagerConfig {
  ids: MockIdSource;
  now: () => number;
  store: MockStore;
  random: () => number;
  dropAfterCommitRate: number;
  authorizedUrlBase: string;
  /** The injected latency; resolves at once without it. */
  pause: () => Promise<void>;
  log: ((event: MockLogEvent) => void) | undefined;
}

/**
 * Creates the last step of the request path: stage a new session, or replay the one an active
 * Idempotency-Key already has (status 101, fresh authorized_url), or refuse a key reused with
 * another body (422, envelope 13723). Bodies are the same when the digests of their RFC 8785
 * canonical forms are. The key is claimed before the pause and the commit, so a duplicate arriving
 * in between waits for the same session and never creates a second one.
 */
export function createSessionStager({
  ids,
  now,
  store,
  random,
  dropAfterCommitRate,
  authorizedUrlBase,
  pause,
  log,
}: SessionStagerConfig) {
  return async function stageSession(request: CheckedRequest): Promise<MockReply> {
    const { username, bodyDigest, idempotencyKey } = request;
    if (idempotencyKey === undefined) {
      await pause();
      return answer(await commit(request), envelopeCodes.created);
    }
    const claim = await store.claimKey(username, idempotencyKey, bodyDigest);
    if (claim.state === 'reserved') {
      await pause();
      return answer(await commitReserved(request, idempotencyKey), envelopeCodes.created);
    }
    if (claim.bodyDigest !== bodyDigest) {
      await pause();
      const { status, client_message } = envelopeCodes.idempotencyConflict;
      return rejectWith(422, client_message, { envelopeStatus: status });
    }
    // In flight: wait for the first request's session rather than creating a second one.
    const session = claim.state === 'committed' ? claim.session : await claim.settled;
    await pause();
    log?.({ type: 'session_replayed', at: now(), sessionIdentifier: session.session_identifier, idempotencyKey });
    return answer(session, envelopeCodes.replayed);
  };

  /** Keeps the fields answers echo and the body's digest, never the body. */
  async function commit({ username, body, bodyDigest, idempotencyKey }: CheckedRequest): Promise<MockSession> {
    const session: MockSession = {
      session_identifier: ids.uuid(),
      participant_unique_id1: body.participant_unique_id1,
      participant_unique_id2: body.participant_unique_id2 ?? '',
      username,
      createdAt: now(),
      bodyDigest,
      ...(idempotencyKey !== undefined && { idempotencyKey }),
    };
    await store.saveSession(session);
    const { session_identifier: sessionIdentifier, createdAt: at } = session;
    log?.({ type: 'session_created', at, sessionIdentifier, ...(idempotencyKey !== undefined && { idempotencyKey }) });
    return session;
  }

  /** Commits the session of a reserved key; if that fails, releases the key (failing its waiters) and fails too. */
  async function commitReserved(request: CheckedRequest, idempotencyKey: string): Promise<MockSession> {
    try {
      return await commit(request);
    } catch (error) {
      // The commit's error is the answer even when releasing fails too.
      await store.releaseKey(request.username, idempotencyKey, error).catch(() => undefined);
      throw error;
    }
  }

  function answer(session: MockSession, kind: typeof envelopeCodes.created | typeof envelopeCodes.replayed): MockReply {
    const { session_identifier, participant_unique_id1, participant_unique_id2 } = session;
    const url = issueAuthorizedUrl(session_identifier, now(), ids.token(), authorizedUrlBase);
    const data = { session_identifier, ...url, participant_unique_id1, participant_unique_id2 };
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
}
