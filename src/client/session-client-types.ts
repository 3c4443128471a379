import type { Client } from 'openapi-fetch';
import type { components, paths } from '../../generated/session-management.js';
import type { ApiError } from '../errors/api-error.js';
import type { SigningAlgorithm } from '../spec/signing-config.js';
import type { SigningCrypto } from '../signing/signing-crypto.js';
import type { createSessionPath } from '../spec/create-session-operation.js';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';
import type { RetryPolicy } from './retry-policy.js';

/** The headers the signing middleware computes; callers of the raw client never pass them. */
export type SigningHeaderName = 'X-Date' | 'Content-sha512' | 'Content-sha256' | 'Content-Length';

type HttpMethodKey = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends Pick<T, K>` is the test for an optional key.
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type WithoutSigningHeaders<H> = Omit<H, SigningHeaderName>;
type SignedParameters<P> = P extends { header: infer H }
  ? Omit<P, 'header'> &
      ([RequiredKeys<WithoutSigningHeaders<H>>] extends [never]
        ? { header?: WithoutSigningHeaders<H> }
        : { header: WithoutSigningHeaders<H> })
  : P;
type SignedOperation<O> = O extends { parameters: infer P }
  ? Omit<O, 'parameters'> & { parameters: SignedParameters<P> }
  : O;

/**
 * The generated `paths`, with the signing headers removed from every operation's header
 * parameters: the signing middleware sets them, so callers cannot (and need not) pass them.
 */
export type SignedPaths = {
  [Path in keyof paths]: {
    [Key in keyof paths[Path]]: Key extends HttpMethodKey ? SignedOperation<paths[Path][Key]> : paths[Path][Key];
  };
};

/** The typed openapi-fetch client, with signing installed, for advanced use. */
export type RawSessionClient = Client<SignedPaths>;

type CreateSessionOperation = paths[typeof createSessionPath]['post'];

/** The body of Create Session, from the spec. */
export type CreateSessionBody = CreateSessionOperation['requestBody']['content']['application/json'];

/** The success envelope (status 100 new session, 101 idempotent replay), from the spec. */
export type SessionCreated = components['schemas']['SessionCreated'];

/** The error envelope, from the spec. */
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];

/**
 * What `createSession` resolves to for every answer the spec declares: `data` on success
 * (envelope status 100 or 101), `error` otherwise (an ApiError or one of its subclasses). Check
 * `error` (or `data`) to narrow.
 */
export type CreateSessionResult = (
  | { data: SessionCreated; error?: undefined; response: Response }
  | { data?: undefined; error: ApiError; response: Response }
) & {
  /** How many attempts the call made (a clock correction's re-signed attempt included). */
  attempts?: number;
  /** How long the rate limiter, backoff and Retry-After held the call in total, in ms. */
  totalDelayMs?: number;
};

/** What `onAttempt` sees of an attempt about to be sent (a frozen copy: no secret, signature or body). */
export interface AttemptInfo {
  /** The call's number in this process (1, 2, …): tells concurrent calls apart. */
  readonly call: number;
  /** 1 for the first attempt. */
  readonly attempt: number;
  readonly method: string;
  /** The URL sent to (a base URL never carries user info). */
  readonly url: string;
  readonly idempotencyKey: string | undefined;
  /** The header names signed, in order, as in Authorization's `headers="…"`. */
  readonly signedHeaders: readonly string[];
  /** How long the rate limiter held this attempt, in ms. */
  readonly rateLimitWaitMs: number;
  /** How long the backoff or Retry-After before it held this attempt, in ms (0 for the first). */
  readonly retryWaitMs: number;
}

/** What `onAnswer` sees of how an attempt ended, and what the client decided. */
export interface AnswerInfo {
  readonly call: number;
  readonly attempt: number;
  readonly idempotencyKey: string | undefined;
  /** An answer came (any HTTP status), none came, or none in time. */
  readonly outcome: 'answer' | 'network' | 'timeout';
  readonly httpStatus: number | undefined;
  /** Ingo's envelope status, when the answer is an envelope. */
  readonly envelopeStatus: number | undefined;
  /** From sending to the end of reading the answer, in ms. */
  readonly durationMs: number;
  /** `resend`: re-signed after a clock correction; `retry`: retried; `success` or `give-up`: the call's last. */
  readonly decision: 'success' | 'retry' | 'resend' | 'give-up';
  /** Why it was retried or given up (`HTTP 503`, `network`, `timeout`, …). */
  readonly reason: string | undefined;
}

/** What `onClockCorrection` sees when a stale-date answer taught the client a new clock offset. */
export interface ClockCorrectionInfo {
  /** The attempt whose answer taught it. */
  readonly attempt: number;
  readonly previousOffsetMs: number;
  readonly offsetMs: number;
  readonly httpStatus: number;
  readonly envelopeStatus: number | undefined;
}

/** Per-attempt hooks. A hook that throws is reported once on the console and never breaks the call. */
export interface SessionClientHooks {
  onAttempt?: (info: AttemptInfo) => void;
  /**
   * Headers to add to an attempt after it is signed (trace context such as `traceparent`): never
   * signed, and never replacing a header the request already has. Called right after `onAttempt`.
   */
  unsignedHeaders?: (info: AttemptInfo) => Record<string, string> | undefined;
  onAnswer?: (info: AnswerInfo) => void;
  onClockCorrection?: (info: ClockCorrectionInfo) => void;
}

/** Per-call options of `createSession`. */
export interface CreateSessionOptions {
  /**
   * The Idempotency-Key to send (at most 250 characters; a V4 UUID is recommended). When omitted
   * and retries are on, the client mints one per call, so that its retries can never create a
   * second session.
   */
  idempotencyKey?: string;
  /** Cancels the call, including waits between retries; the call then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Client-side rate limiting: a token bucket. */
export interface RateLimitOptions {
  /** Sustained rate; the spec's `x-ingo-limits.requestsPerSecond` (5) by default. */
  requestsPerSecond?: number;
  /**
   * How many requests may start at once after a quiet spell; 1 by default, so that no one-second
   * window ever holds more than `requestsPerSecond` requests.
   */
  burst?: number;
  /** A monotonic clock in ms for the bucket; `performance.now` by default. */
  now?: () => number;
}

/** Options of `createSessionClient`. Only `username` and `secret` are required. */
export interface SessionClientOptions extends SessionClientHooks {
  /** HMAC username issued by Ingo. */
  username: string;
  /** HMAC secret issued by Ingo. Never printed, logged or serialised by this library. */
  secret: string;
  /** Server base URL; the spec's sandbox server by default. */
  baseUrl?: string;
  /**
   * The fetch to send with; `globalThis.fetch` by default. `createSession` calls it as the platform
   * fetch is called: `fetch(url, { method, headers, body, signal, redirect: 'manual' })`, with the
   * attempt's signal; a fetch that ignores the signal is still cut off at the time limit. The raw
   * client calls it with a Request, as openapi-fetch does.
   */
  fetch?: ClientFetch;
  /** Time limit of each attempt (sending and reading the answer), in ms; 10 000 by default; at most 2^31 − 1. */
  timeoutMs?: number;
  /**
   * Time limit of the whole call, across attempts, backoff and Retry-After waits, in ms; none by
   * default. Without it the worst case of one call is
   * `(retries + 2) × timeoutMs + retries × max(maxDelayMs, maxRetryAfterMs)` plus rate-limit waits
   * (the `+ 2`: the first attempt and the one re-signed after a clock correction); 60 s with the
   * defaults. With it, no attempt or wait starts past the deadline and the last attempt is cut to
   * what remains, so the call ends within `deadlineMs` plus one rate-limit wait.
   */
  deadlineMs?: number;
  /**
   * Largest answer body read, in bytes; beyond it a ResponseTooLargeError (the stream is cancelled).
   * The spec's `x-ingo-limits.maxAnswerBytes` (16 KiB, fitted to the largest answer the spec allows) by default.
   */
  maxAnswerBytes?: number;
  /**
   * Largest clock offset the client learns from a stale-date answer's `Date`, either way, in ms;
   * ±14 h by default (a machine whose clock runs on a wrong time zone). A `Date` farther off is
   * implausible: the offset is not learned and the stale-date AuthenticationError says so.
   */
  maxClockOffsetMs?: number;
  /** How many times to retry (2 by default; 0 turns retries off), or a full retry policy. */
  retries?: number | Partial<RetryPolicy>;
  /** Validate request bodies against the spec before sending; true by default. */
  validate?: boolean;
  /**
   * Validate answers against the spec and throw ResponseValidationError on drift from its
   * documented constraints (not those derived from an example or an assumption); false by default.
   */
  validateResponses?: boolean;
  /**
   * Client-side rate limit; on at the spec's rate by default; `false` turns it off. The numbers
   * make a per-process token bucket; a limiter object (anything with `take(signal)`, such as
   * `createRedisRateLimiter` from `ingo-session/redis`) is used as is, once before every attempt,
   * so that several processes can share one account-wide budget.
   */
  rateLimit?: false | RateLimitOptions | RateLimiter;
  /** The clock used for signing (X-Date) and Retry-After dates; `() => new Date()` by default. */
  now?: () => Date;
  /** Randomness for backoff jitter, in [0, 1); `Math.random` by default. */
  random?: () => number;
  /** Mints Idempotency-Keys; `crypto.randomUUID` by default. */
  randomUUID?: () => string;
  /** Waits between retries and for the rate limit; a timer by default. Rejects with the signal's reason on abort. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** `hmac-sha512` by default; `hmac-sha256` for legacy integrations. */
  algorithm?: SigningAlgorithm;
  /** Signed header order; the spec's default by default. */
  headerOrder?: readonly string[];
  /** Signing cryptography; node:crypto where the runtime has it, WebCrypto elsewhere. */
  crypto?: SigningCrypto;
}

/** A fetch as the client calls it: the platform's `fetch(input, init)`. */
export type ClientFetch = (input: string | Request, init?: RequestInit) => Promise<Response>;

/** What `createSessionClient` returns. */
export interface SessionClient {
  /**
   * Creates a session: validates, signs, sends, retries safely.
   * Resolves to `{ data }` or `{ error }` for every answer the spec declares; throws for the rest
   * (see `createSessionClient`).
   */
  createSession(body: CreateSessionBody, options?: CreateSessionOptions): Promise<CreateSessionResult>;
  /** The typed openapi-fetch client, with the signing middleware installed. */
  readonly raw: RawSessionClient;
  /** The clock correction learnt from the server's Date header, in ms (0 until one is learnt). */
  readonly clockOffsetMs: number;
}
