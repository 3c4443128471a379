import { randomUUID as nodeRandomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import createClient from 'openapi-fetch';
import { NetworkError } from '../errors/network-error.js';
import { RequestValidationError } from '../errors/request-validation-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { BodySourceRequest, signingMiddleware } from '../signing/signing-middleware.js';
import { abortableSleep } from './abortable-sleep.js';
import { classifyAnswer } from './classify-answer.js';
import { createRateLimiter } from '../rate-limit/create-rate-limiter.js';
import { isRateLimiter } from '../rate-limit/rate-limiter.js';
import { createSessionMethod, createSessionPath } from '../spec/create-session-operation.js';
import { createSpecValidators } from './create-spec-validators.js';
import { learnClockOffset } from './learn-clock-offset.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { reportNetworkErrors, describeFetchFailure } from './report-network-errors.js';
import { resolveClientOptions } from './resolve-client-options.js';
import { retryDelay, shouldRetry, type AttemptOutcome } from './retry-policy.js';
import { sendAttempt, type AttemptResult } from './send-attempt.js';
import type { CreateSessionBody, CreateSessionOptions, CreateSessionResult, SessionClient, SessionClientOptions, SignedPaths } from './session-client-types.js';
import type { RequestSite } from './to-api-error.js';

/**
 * Creates a Create Session client: typed from the spec, signed, validated, rate-limited, retried
 * safely.
 *
 * `createSession(body, { idempotencyKey?, signal? })`:
 * 1. Validates `body` against the spec's request schema (unless `validate: false`) and throws a
 *    RequestValidationError listing every offending JSON path and rule: nothing is sent.
 * 2. Takes an Idempotency-Key: the one given, or (retries on) a V4 UUID minted once for the call,
 *    so every attempt of the call carries the same key and a retry can only replay the session.
 * 3. Sends through the raw client, whose middleware signs each attempt afresh (new X-Date).
 * 4. Retries network errors, timeouts, 408, 409, 429 (honouring Retry-After, capped) and 5xx with
 *    exponential backoff and jitter, only with an Idempotency-Key; never other 4xx.
 * 5. When the server rejects the X-Date as stale (envelope 402) and sends its `Date`, learns the
 *    clock offset, re-signs and retries once; later calls keep using the offset.
 *
 * It resolves, for every answer the spec declares, to `{ data, response }` (HTTP 200 with status
 * 100 or 101) or `{ error, response }` (`error` is an ApiError: AuthenticationError,
 * IdempotencyConflictError, RateLimitError or ApiError itself; also for HTTP 200 with an error
 * envelope). It throws: RequestValidationError (before sending); NetworkError or TimeoutError once
 * retries are exhausted; ResponseValidationError with `validateResponses: true` when an answer does
 * not match the spec; ApiError for an undeclared HTTP status or a body that is not an envelope;
 * and, when the caller's `signal` aborts, the signal's reason (a DOMException named `AbortError`
 * unless the caller chose another), exactly as `fetch` does, never retried.
 *
 * `raw` is the typed openapi-fetch client with the signing middleware installed (and the learnt
 * clock offset), for anything `createSession` does not cover.
 *
 * The secret lives only in the signing closure: the client's `toJSON`, `toString` and
 * `util.inspect` show the base URL and username, and every error message is redacted.
 */
export function createSessionClient(options: SessionClientOptions): SessionClient {
  const config = resolveClientOptions(options);
  const { baseUrl, username, secret, timeoutMs, policy, now, random, randomUUID = nodeRandomUUID, sleep = abortableSleep } = config;
  const secrets = [secret];
  let clockOffsetMs = 0;

  const raw = createClient<SignedPaths>({ baseUrl, fetch: reportNetworkErrors(config.fetch, secrets), Request: BodySourceRequest });
  raw.use(
    signingMiddleware({
      username,
      secret,
      now: () => new Date(now().getTime() + clockOffsetMs),
      algorithm: config.algorithm,
      headerOrder: config.headerOrder,
      crypto: config.crypto,
    }),
  );
  const validators = config.validate || config.validateResponses ? createSpecValidators() : undefined;
  if (config.validate) validators!.checkBody({}); // compile now, not on the first call
  const checkAnswer = config.validateResponses ? validators!.checkAnswer : undefined;
  const limiter = config.rateLimit && (isRateLimiter(config.rateLimit) ? config.rateLimit : createRateLimiter({ ...config.rateLimit, sleep }));
  const site: RequestSite = { method: createSessionMethod, url: `${baseUrl}${createSessionPath}`, secrets };

  async function createSession(body: CreateSessionBody, { idempotencyKey, signal }: CreateSessionOptions = {}): Promise<CreateSessionResult> {
    if (config.validate) {
      const issues = [...(validators!.checkBody(body) ?? []), ...((idempotencyKey !== undefined && validators!.checkIdempotencyKey(idempotencyKey)) || [])];
      if (issues.length > 0) throw new RequestValidationError(issues, site);
    }
    const key = idempotencyKey ?? (policy.retries > 0 ? randomUUID() : undefined);
    let retriesMade = 0;
    let clockCorrected = false;
    for (;;) {
      signal?.throwIfAborted();
      if (limiter) await limiter.take(signal);
      const result = await sendAttempt({ raw, body, idempotencyKey: key, signal, timeoutMs, fetch: config.fetch, secrets });
      const answer = result.kind === 'answer' ? result.answer : undefined;
      if (answer && answer.httpStatus !== 200) answer.retryAfterMs = readRetryAfter(answer.response);
      if (answer && !clockCorrected) {
        const offset = learnClockOffset({ httpStatus: answer.httpStatus, envelopeStatus: answer.envelopeStatus, headers: answer.response.headers }, now().getTime());
        if (offset !== undefined) {
          clockOffsetMs = offset;
          clockCorrected = true;
          continue;
        }
      }
      const outcome = toOutcome(result, key !== undefined);
      if (shouldRetry(outcome, retriesMade, policy)) {
        await sleep(retryDelay(outcome, retriesMade, policy, random), signal);
        retriesMade += 1;
        continue;
      }
      return settle(result, retriesMade + 1);
    }
  }

  function readRetryAfter(response: Response): number | undefined {
    const value = response.headers.get('retry-after');
    return value === null ? undefined : parseRetryAfter(value, now().getTime());
  }

  function settle(result: AttemptResult, attempts: number): CreateSessionResult {
    const tries = attempts === 1 ? '' : ` (${attempts} attempts)`;
    if (result.kind === 'network') {
      throw new NetworkError(`no answer from the server${tries}: ${describeFetchFailure(result.error.cause)}`, { ...site, cause: result.error.cause, attempts });
    }
    if (result.kind === 'timeout') throw new TimeoutError(`no answer within ${timeoutMs} ms${tries}`, { ...site, timeoutMs, attempts });
    return classifyAnswer(result.answer, { ...site, secrets: result.secrets }, checkAnswer);
  }

  const describe = () => ({ baseUrl, username });
  return {
    createSession,
    raw,
    get clockOffsetMs() {
      return clockOffsetMs;
    },
    toJSON: describe,
    toString: () => `SessionClient ${JSON.stringify(describe())}`,
    [inspect.custom]: () => `SessionClient ${inspect(describe())}`,
  } as SessionClient;
}

function toOutcome(result: AttemptResult, hasIdempotencyKey: boolean): AttemptOutcome {
  if (result.kind !== 'answer') return { method: createSessionMethod, hasIdempotencyKey, kind: result.kind };
  const { httpStatus, envelopeStatus, retryAfterMs } = result.answer;
  return { method: createSessionMethod, hasIdempotencyKey, kind: 'answer', httpStatus, envelopeStatus, retryAfterMs };
}
