import { performance } from 'node:perf_hooks';
import { signingAlgorithms, signingConfig, specLimits } from '../spec/signing-config.js';
import { checkRequestHead, readHeader, type MockExchange } from './check-request-head.js';
import { createRequestChecker } from './check-signed-request.js';
import { createIdSource } from './create-id-source.js';
import { createMemoryStore, defaultMaxKeys } from './create-memory-store.js';
import { createRateLimiter } from './create-rate-limiter.js';
import { createSessionStager } from './create-session-stager.js';
import type { ExplainRejection } from './explain-rejection.js';
import { defaultAuthorizedUrlBase } from './issue-authorized-url.js';
import type { MockConnectionDrop } from './mock-connection-drop.js';
import { defaultMockCredentials, type MockOptions } from './mock-options.js';
import { envelopeCodes, rejectWith, serializeReply, type MockReply } from './mock-reply.js';
import type { MockSessionView } from './mock-store.js';
import { resolveMockLimits } from './resolve-mock-limits.js';
import { createSeededRandom } from './seeded-random.js';

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
 * The mock's request path, free of HTTP plumbing: the fetch handler and the node:http adapter
 * (`listen`) are two thin doors into it. `handle` answers everything a client can send; it
 * rejects only when `readBody` does (the client went away mid-body).
 */
export interface MockEngine {
  handle(exchange: MockExchange, readBody: ReadBody): Promise<MockAnswer>;
  readonly sessions: MockSessionView;
}

const NO_HEADERS: Readonly<Record<string, string>> = Object.freeze({});

/** Creates the mock's request path from its options; every default is applied here. */
export function createMockEngine({
  credentials = defaultMockCredentials,
  now = Date.now,
  monotonicNow = () => performance.now(),
  seed,
  // A second stream from the seed, so that fault draws do not mirror id bytes.
  random = seed === undefined ? Math.random : createSeededRandom(seed ^ 0x5bd1e995),
  ids = createIdSource(seed),
  clockSkewSeconds = signingConfig.clockSkewSeconds,
  idempotencyWindowSeconds = signingConfig.idempotency.windowSeconds,
  maxKeys = defaultMaxKeys,
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
    maxKeys,
    maxJsonDepth,
    maxJsonMembers,
  });
  const store = givenStore ?? createMemoryStore({ windowMs: idempotencyWindowSeconds * 1000, maxKeys, now });
  const checkSignedRequest = createRequestChecker({
    lookupSecret: (username) => secrets.get(username),
    clockSkewSeconds,
    algorithms,
    jsonLimits: { maxDepth: maxJsonDepth, maxMembers: maxJsonMembers },
    log,
    explainRejection: explain ? { explain: loadRejectionExplainer(secrets), inAnswer: explain === true } : undefined,
  });
  const takeRateToken =
    faults.rateLimitPerSecond === undefined ? undefined : createRateLimiter(faults.rateLimitPerSecond);
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, latencyMs));
  const stageSession = createSessionStager({
    ids,
    now,
    store,
    random,
    dropAfterCommitRate,
    authorizedUrlBase,
    // Without latency, no timer and no extra turn of the event loop.
    pause: latencyMs > 0 ? pause : async () => {},
    log,
  });

  /** Every check in the decision table's order, then staging; rejections wait out the injected latency. */
  async function decide(exchange: MockExchange, readBody: ReadBody): Promise<MockReply> {
    const head = checkRequestHead(exchange, maxBodyBytes);
    if (head !== undefined) return paused(head);
    const bytes = await readBody(maxBodyBytes);
    if (bytes === undefined) return paused(rejectWith(413, `Request body exceeds ${maxBodyBytes} bytes`));
    const checked = await checkSignedRequest(exchange, bytes, now());
    if ('envelope' in checked) return paused(checked);
    // Like Kong's rate-limiting plugin (priority 910, after auth and validation): limited per
    // authenticated username, and only requests that would otherwise be served count.
    const wait = takeRateToken?.(checked.username, now()) ?? 0;
    if (wait > 0) {
      log?.({ type: 'fault', at: now(), fault: 'rate_limited' });
      const message = `Too many requests; retry after ${wait} second${wait === 1 ? '' : 's'}`;
      return paused(rejectWith(429, message, { headers: { 'Retry-After': String(wait) } }));
    }
    if (failRate > 0 && random() < failRate) {
      log?.({ type: 'fault', at: now(), fault: 'fail' });
      return paused(rejectWith(503, envelopeCodes.unavailable.client_message));
    }
    return stageSession(checked);
  }

  async function paused(reply: MockReply): Promise<MockReply> {
    if (latencyMs > 0) await pause();
    return reply;
  }

  return {
    sessions: store.view,
    async handle(exchange, readBody) {
      const started = monotonicNow();
      const reply = await decide(exchange, readBody);
      const ms = monotonicNow() - started;
      const { method, target } = exchange;
      log?.({
        type: 'response',
        at: now(),
        method,
        target,
        idempotencyKey: readHeader(exchange.headers, 'idempotency-key'),
        httpStatus: reply.status,
        envelopeStatus: reply.envelope.status,
        durationMs: ms,
      });
      return {
        status: reply.status,
        headers: reply.headers ?? NO_HEADERS,
        body: serializeReply(reply, ms),
        ...(reply.drop && { drop: reply.drop }),
      };
    },
  };
}

/**
 * The `explain` option's explainer, loading the explain engine (src/explain/, about twenty
 * modules) on the first rejection it explains: a mock without the option never loads it, which
 * keeps every start-up (the CLI's conformance run among them) free of its cost.
 */
function loadRejectionExplainer(secrets: ReadonlyMap<string, string>): ExplainRejection {
  let explainer: Promise<ExplainRejection> | undefined;
  return async (exchange, bytes, now) => {
    explainer ??= import('./explain-rejection.js').then(({ createRejectionExplainer }) =>
      createRejectionExplainer(secrets),
    );
    return (await explainer)(exchange, bytes, now);
  };
}
