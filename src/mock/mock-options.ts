import type { SigningAlgorithm } from '../spec/signing-config.js';
import type { VerifyFailureReason } from '../signing/verify-request.js';
import type { MockSession, MockStore, MockStoreStats } from './mock-store.js';

export type { MockSession } from './mock-store.js';

/** A username and secret the mock accepts. */
export interface MockCredentials {
  username: string;
  secret: string;
}

/** Faults to inject, for testing how a client copes with an unreliable server. */
export interface MockFaults {
  /** Probability (0–1) of answering 503 to a valid request before anything is committed. */
  failRate?: number;
  /**
   * Probability (0–1) of committing the session (or replaying it) and then dropping the connection
   * instead of answering. See MockConnectionDrop for how each adapter drops.
   */
  dropAfterCommitRate?: number;
  /**
   * Latency added once per request. A request that creates a session waits while its
   * Idempotency-Key is reserved and before the session is committed, so duplicates sent meanwhile
   * find it in flight; every other request waits before its answer.
   */
  latencyMs?: number;
  /** Requests per second allowed per username (token bucket, one second of burst); beyond it 429 with Retry-After. */
  rateLimitPerSecond?: number;
}

/** Options of the mock; every one has a default. */
export interface MockOptions {
  /** Accepted credentials; `defaultMockCredentials` by default. */
  credentials?: MockCredentials | readonly MockCredentials[];
  /** Server clock (epoch ms) for X-Date skew, idempotency windows, URL expiry; `Date.now` by default. */
  now?: () => number;
  /** Monotonic clock (ms) used to measure `time`; `performance.now` by default. */
  monotonicNow?: () => number;
  /** Makes session ids, authorized_url tokens and fault draws reproducible. */
  seed?: number;
  /** Randomness for fault draws; from `seed` when given, else `Math.random`. */
  random?: () => number;
  /** Accepted distance between X-Date and server time, both ways; the spec's 300 s by default. */
  clockSkewSeconds?: number;
  /**
   * How long an Idempotency-Key stays active after its first request; the spec's 7200 s by default.
   * The window and the memory caps work together: a key is remembered for the window unless
   * `maxStoreBytes` (or `maxIdempotencyEntries`) evicts it earlier, oldest committed first; a key
   * whose first request is still in flight is never evicted. See `x-ingo-limits` in the spec.
   */
  idempotencyWindowSeconds?: number;
  /**
   * Estimated bytes the default in-memory store keeps, half for Idempotency-Keys and half for the
   * session list; the spec's `x-ingo-limits.mockStoreBytes` (192 MiB) by default. Each entry keeps
   * the answered fields and a body digest, never the body, so it costs under 4 KB whatever was sent.
   */
  maxStoreBytes?: number;
  /** Optional extra cap on the number of Idempotency-Keys remembered (oldest forgotten first); none by default. */
  maxIdempotencyEntries?: number;
  /** Optional extra cap on the number of sessions kept for inspection (oldest dropped first); none by default. */
  maxSessions?: number;
  /** Where sessions and keys are kept; an in-memory store bounded by `maxStoreBytes` by default. */
  store?: MockStore;
  /** Largest accepted body in bytes; the spec's `x-ingo-limits.maxBodyBytes` by default. */
  maxBodyBytes?: number;
  /** Deepest nesting of arrays and objects accepted in a body (400 beyond); the spec's `x-ingo-limits.mockMaxJsonDepth` by default. */
  maxJsonDepth?: number;
  /** Most object members accepted in a body (400 beyond); the spec's `x-ingo-limits.mockMaxJsonMembers` by default. */
  maxJsonMembers?: number;
  /** Accepted signing algorithms; all the spec knows (the legacy one included) by default. */
  algorithms?: readonly SigningAlgorithm[];
  /** Base of issued authorized_urls; the base of the spec's example by default. */
  authorizedUrlBase?: string;
  /** Faults to inject; none by default. */
  faults?: MockFaults;
  /** Debug log. Verification detail goes here and nowhere else; it never contains secrets or signatures. */
  log?: (event: MockLogEvent) => void;
  /**
   * Explain each rejected signature with explainRequest and the mock's own credentials, for local
   * debugging: `true` puts the diagnoses into the 401 answer (envelope `client_message` and the
   * `X-Ingo-Explain` header, the codes) and into the log; `'log'` only into the log. Off by
   * default: Ingo answers a bare 401, and explaining a wrong secret costs a few hundred ms.
   */
  explain?: boolean | 'log';
}

/** A debug log event of the mock. `at` is the mock's clock (epoch ms). */
export type MockLogEvent =
  | {
      /** One line per request, with the client hooks' field names (AnswerInfo) so the two logs line up. */
      type: 'response';
      at: number;
      method: string;
      target: string;
      idempotencyKey: string | undefined;
      httpStatus: number;
      envelopeStatus: number;
      durationMs: number;
    }
  | {
      type: 'verification_failed';
      at: number;
      reason: VerifyFailureReason;
      message: string;
      username?: string;
      algorithm?: string;
      /** The signed header names, in the order the client declared. */
      signedHeaders?: string[];
      /** The signing string the mock rebuilt from the request (no secret, no signature). */
      signingString?: string;
      xDate?: string;
      /** X-Date minus server time, in seconds. */
      skewSeconds?: number;
      /** With the `explain` option: the named mistakes, each with its fix. */
      diagnoses?: { code: string; message: string; fix: string }[];
      /** With the `explain` option: the signing string the client most likely signed, when reconstructed. */
      reconstructedSigningString?: string;
    }
  | { type: 'session_created' | 'session_replayed'; at: number; sessionIdentifier: string; idempotencyKey?: string }
  | { type: 'fault'; at: number; fault: 'fail' | 'drop_after_commit' | 'rate_limited'; sessionIdentifier?: string }
  /** The `store` failed (Redis unreachable…): the request was answered 503. `message` is one line of the store's error. */
  | { type: 'store_failed'; at: number; operation: string; message: string };

/** Read access to the sessions the mock has staged and the Idempotency-Keys it remembers. */
export interface MockSessionView {
  readonly size: number;
  /** Every kept session, oldest first. */
  list(): MockSession[];
  get(sessionIdentifier: string): MockSession | undefined;
  /** The committed session of an active Idempotency-Key (any username). */
  findByIdempotencyKey(key: string): MockSession | undefined;
  /** Active (unexpired) Idempotency-Keys remembered, in flight ones included. */
  readonly idempotencyEntries: number;
  /** Counts and estimated bytes held by the store. */
  stats(): MockStoreStats;
}

/** The credentials the mock accepts when none are given. Public test values, never real ones. */
export const defaultMockCredentials: MockCredentials = Object.freeze({ username: 'test', secret: 'test-secret' });
