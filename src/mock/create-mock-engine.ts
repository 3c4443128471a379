import { performance } from 'node:perf_hooks';
import { signingAlgorithms, signingConfig, specLimits } from '../spec/signing-config.js';
import { checkRequestHead, type MockExchange } from './check-request-head.js';
import { createRequestChecker } from './check-signed-request.js';
import { createIdSource } from './create-id-source.js';
import type { ExplainRejection } from './explain-rejection.js';
import { createMockSessions } from './create-mock-sessions.js';
import { createRateLimiter } from './create-rate-limiter.js';
import { createSessionStager, type AfterPause } from './create-session-stager.js';
import { createMemoryStore } from './create-memory-store.js';
import { defaultAuthorizedUrlBase } from './issue-authorized-url.js';
import type { MockConnectionDrop } from './mock-connection-drop.js';
import { defaultMockCredentials, type MockOptions, type MockSessionView } from './mock-options.js';
import { envelopeCodes, rejectWith, serializeReply, truncateText, type MockReply } from './mock-reply.js';
import { resolveMockLimits } from './resolve-mock-limits.js';
import { createSeededRandom } from './seeded-random.js';
import type { MaybePromise, MockStore } from './mock-store.js';
import { guardStore, isMockStoreFailure } from './guard-store.js';

/** What an adapter sends back: the status, extra headers and JSON body, or a connection drop. */
export interface MockAnswer {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string;
  drop?: MockConnectionDrop;
}

/** Reads the request body; resolves undefined once it exceeds `maxBytes` (the mock answers 413). */
export type ReadBody = (maxBytes: number) => Promise<Uint8Array | undefined>;

/**
 * The mock's request path, free of HTTP plumbing: the fetch handler and the node:http adapter both
 * drive it. `handle` answers everything a client can send; it rejects only when `readBody` does
 * (the client went away mid-body).
 */
export interface MockEngine {
  handle(exchange: MockExchange, readBody: ReadBody): Promise<MockAnswer>;
  readonly sessions: MockSessionView;
  /** Where sessions and keys are kept (the in-memory default, or the `store` option). */
  readonly store: MockStore;
}

const NO_HEADERS: Readonly<Record<string, string>> = Object.freeze({});
/** Retry-After of a 503 for a store outage: a reconnecting Redis is usually back within a second or two. */
const STORE_RETRY_AFTER_SECONDS = 1;
const MAX_LOGGED_MESSAGE = 200;

/** One line of an unknown error for the log: its name and message, cut short, line breaks removed. */
function summarizeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return truncateText(text.replace(/\s+/g, ' '), MAX_LOGGED_MESSAGE);
}

/** Creates the mock's request path from its options; every default is applied here. */
export function createMockEngine({
  credentials = defaultMockCredentials,
  now = Date.now,
  monotonicNow = () => performance.now(),
  seed,
  // A second stream from the seed, so that fault draws do not mirror id bytes.
  random = seed === undefined ? Math.random : createSeededRandom(seed ^ 0x5bd1e995),
  clockSkewSeconds = signingConfig.clockSkewSeconds,
  idempotencyWindowSeconds = signingConfig.idempotency.windowSeconds,
  maxStoreBytes = specLimits.mockStoreBytes,
  maxIdempotencyEntries,
  maxSessions,
  store: givenStore,
  maxBodyBytes = specLimits.maxBodyBytes,
  maxJsonDepth = specLimits.mockMaxJsonDepth,
  maxJsonMembers = specLimits.mockMaxJsonMembers,
  algorithms = signingAlgorithms,
  authorizedUrlBase = defaultAuthorizedUrlBase,
  faults = {},
  log,
  explain = false,
}: MockOptions = {}): MockEngine {
  const { secrets, failRate, dropAfterCommitRate, latencyMs } = resolveMockLimits({
    credentials,
    faults,
    maxBodyBytes,
    clockSkewSeconds,
    idempotencyWindowSeconds,
    maxIdempotencyEntries,
    maxSessions,
    maxStoreBytes,
    maxJsonDepth,
    maxJsonMembers,
  });
  const jsonLimits = { maxDepth: maxJsonDepth, maxMembers: maxJsonMembers };
  const explainRejection = explain
    ? { explain: loadRejectionExplainer(secrets), inAnswer: explain === true }
    : undefined;
  const checkSignedRequest = createRequestChecker({
    lookupSecret: (username) => secrets.get(username),
    clockSkewSeconds,
    algorithms,
    jsonLimits,
    log,
    explainRejection,
  });
  const takeRateToken =
    faults.rateLimitPerSecond === undefined ? undefined : createRateLimiter(faults.rateLimitPerSecond);
  const ids = createIdSource(seed);
  const store =
    givenStore ??
    createMemoryStore({
      windowMs: idempotencyWindowSeconds * 1000,
      maxBytes: maxStoreBytes,
      ...(maxIdempotencyEntries === undefined ? {} : { maxKeys: maxIdempotencyEntries }),
      ...(maxSessions === undefined ? {} : { maxSessions }),
    });
  // A given store (Redis…) can be unavailable: its failures are marked, and answered 503 below.
  const guarded = givenStore === undefined ? store : guardStore(givenStore);
  const sessions = createMockSessions({ store: guarded, ids, now, log });

  const afterPause: AfterPause = (next) =>
    latencyMs > 0 ? new Promise<void>((resolve) => setTimeout(resolve, latencyMs)).then(next) : next();
  const stageSession = createSessionStager({
    ids,
    now,
    sessions,
    store: guarded,
    random,
    dropAfterCommitRate,
    authorizedUrlBase,
    afterPause,
    log,
  });

  function checkAndStage(exchange: MockExchange, bytes: Uint8Array | undefined): MockReply | Promise<MockReply> {
    if (bytes === undefined) return afterPause(() => rejectWith(413, `Request body exceeds ${maxBodyBytes} bytes`));
    const at = now();
    const checked = checkSignedRequest(exchange, bytes, at);
    if (checked instanceof Promise) return checked.then((reply) => afterPause(() => reply));
    if ('envelope' in checked) return afterPause(() => checked);
    // Like Kong's rate-limiting plugin (priority 910, after auth and validation): limited per
    // authenticated username, and only requests that would otherwise be served count.
    const wait = takeRateToken?.(checked.username, at) ?? 0;
    if (wait > 0) {
      log?.({ type: 'fault', at, fault: 'rate_limited' });
      return afterPause(() =>
        rejectWith(429, `Too many requests; retry after ${wait} second${wait === 1 ? '' : 's'}`, {
          headers: { 'Retry-After': String(wait) },
        }),
      );
    }
    if (failRate > 0 && random() < failRate) {
      log?.({ type: 'fault', at, fault: 'fail' });
      return afterPause(() => rejectWith(503, envelopeCodes.unavailable.client_message));
    }
    return answerStoreFailure(() => stageSession(checked));
  }

  /**
   * A store outage is a transient server fault, not the client's mistake: 503 with Retry-After
   * (which the client retries under the same Idempotency-Key), the spec's Unavailable envelope
   * (nothing of the store's error in the answer) and one log event. Any other error is a bug and
   * still rejects.
   */
  function answerStoreFailure(stage: () => MaybePromise<MockReply>): MaybePromise<MockReply> {
    const answer = (error: unknown): MockReply => {
      if (!isMockStoreFailure(error)) throw error;
      log?.({ type: 'store_failed', at: now(), operation: error.operation, message: summarizeError(error.cause) });
      return rejectWith(503, envelopeCodes.unavailable.client_message, {
        headers: { 'Retry-After': String(STORE_RETRY_AFTER_SECONDS) },
      });
    };
    try {
      const reply = stage();
      return reply instanceof Promise ? reply.catch(answer) : reply;
    } catch (error) {
      return answer(error);
    }
  }

  function decide(exchange: MockExchange, readBody: ReadBody): MockReply | Promise<MockReply> {
    const head = checkRequestHead(exchange, maxBodyBytes);
    if (head !== undefined) return afterPause(() => head);
    return readBody(maxBodyBytes).then((bytes) => checkAndStage(exchange, bytes));
  }

  return {
    sessions: sessions.view,
    store,
    async handle(exchange, readBody) {
      const started = monotonicNow();
      const decided = decide(exchange, readBody);
      const reply = decided instanceof Promise ? await decided : decided;
      const ms = monotonicNow() - started;
      const answer: MockAnswer = {
        status: reply.status,
        headers: reply.headers ?? NO_HEADERS,
        body: serializeReply(reply, ms),
      };
      if (reply.drop !== undefined) answer.drop = reply.drop;
      log?.({
        type: 'response',
        at: now(),
        method: exchange.method,
        target: exchange.target,
        status: reply.status,
        envelopeStatus: reply.envelope.status,
        ms,
      });
      return answer;
    },
  };
}

/**
 * The `explain` option's explainer, loading the explain engine (src/explain/, about twenty
 * modules) on the first rejection it explains: a mock without the option never loads it, which
 * keeps every start-up (the CLI's conformance run among them) free of its cost.
 */
function loadRejectionExplainer(
  secrets: ReadonlyMap<string, string>,
): (exchange: MockExchange, bytes: Uint8Array, now: number) => ReturnType<ExplainRejection> {
  let explainer: Promise<ExplainRejection> | undefined;
  return async (exchange, bytes, now) => {
    explainer ??= import('./explain-rejection.js').then(({ createRejectionExplainer }) =>
      createRejectionExplainer(secrets),
    );
    return (await explainer)(exchange, bytes, now);
  };
}
