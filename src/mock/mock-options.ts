import type { SigningAlgorithm } from '../spec/signing-config.js';
import type { VerifyFailureReason } from '../signing/verify-request.js';
import type { MockIdSource } from './create-id-source.js';
import type { MockStore } from './mock-store.js';

export type { MockSession, MockSessionView } from './mock-store.js';

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
   * A key is remembered for the window unless `maxKeys` evicts it earlier, oldest committed first;
   * a key whose first request is still in flight is never evicted.
   */
  idempotencyWindowSeconds?: number;
  /**
   * Most sessions the default store keeps, with their keys, keyed or not; at the cap the oldest
   * committed sixteenth is forgotten. Each keeps the answered fields and a body digest, never the
   * body, all bounded by the spec, so it costs under `maxEntryBytes` (4 KiB) whatever was sent; the
   * default, `defaultMaxKeys` (49,152), is the spec's `x-ingo-limits.mockStoreBytes` (192 MiB) over
   * that and holds the whole 2 h window at Ingo's 5 requests per second (36,000).
   */
  maxKeys?: number;
  /** Where sessions and keys are kept; `createMemoryStore({ maxKeys, now })` by default. */
  store?: MockStore;
  /** Where session ids and authorized_url tokens come from; from `seed`, else node:crypto, by default. */
  ids?: MockIdSource;
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
  | { type: 'fault'; at: number; fault: 'fail' | 'drop_after_commit' | 'rate_limited'; sessionIdentifier?: string };

/** The credentials the mock accepts when none are given. Public test values, never real ones. */
export const defaultMockCredentials: MockCredentials = Object.freeze({ username: 'test', secret: 'test-secret' });
