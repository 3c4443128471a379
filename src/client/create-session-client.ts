import createClient from 'openapi-fetch';
import { NetworkError } from '../errors/network-error.js';
import { RequestValidationError } from '../errors/request-validation-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { createTokenBucketLimiter } from '../rate-limit/create-rate-limiter.js';
import { isRateLimiter } from '../rate-limit/rate-limiter.js';
import { isSigningError } from '../signing/signing-error.js';
import { signingMiddleware } from '../signing/signing-middleware.js';
import { createSessionMethod, createSessionPath } from '../spec/create-session-operation.js';
import { abortableSleep } from './abortable-sleep.js';
import { checkKeyHeader, serializeBody } from './check-sendable.js';
import { classifyAnswer } from './classify-answer.js';
import { CallTrace, createHookReporter } from './call-trace.js';
import { ClockCorrection } from './clock-correction.js';
import { isSuccessStatus } from './envelope-codes.js';
import { compileValidatorsNow } from './compile-validators-now.js';
import { createSpecValidators } from './create-spec-validators.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { resolveClientOptions } from './resolve-client-options.js';
import { retryDelay, shouldRetry, type AttemptOutcome } from './retry-policy.js';
import { sendAttempt, type AttemptResult } from './send-attempt.js';
import type {
  CreateSessionBody,
  CreateSessionOptions,
  CreateSessionResult,
  SessionClient,
  SessionClientOptions,
  SignedPaths,
} from './session-client-types.js';
import { toApiError, type RequestSite } from './to-api-error.js';

/**
 * Creates a Create Session client: typed from the spec, signed, validated, rate-limited, retried
 * safely.
 *
 * `createSession(body, { idempotencyKey?, signal? })`:
 * 1. Validates `body` against the spec's request schema (unless `validate: false`) and throws a
 *    RequestValidationError listing every offending JSON path and rule: nothing is sent.
 * 2. Takes an Idempotency-Key: the one given, or (retries on) a V4 UUID minted once for the call,
 *    so every attempt of the call carries the same key and a retry can only replay the session.
 * 3. Signs each attempt afresh (new X-Date and signature) with `signRequest` and sends it with `fetch`.
 * 4. Retries network errors, timeouts, 408, 409, 429 (honouring Retry-After, capped) and 5xx with
 *    exponential backoff and jitter, only with an Idempotency-Key; never other 4xx.
 * 5. When the server rejects the X-Date as stale (HTTP 401 with envelope 402, the spec's answer)
 *    and sends its `Date` within `maxClockOffsetMs` (±14 h) of the local clock, learns the clock
 *    offset, re-signs and retries once; later calls keep using the offset until a request signed
 *    with it is refused (HTTP 401) or cannot be signed, which resets it to 0. A `Date` farther off
 *    is implausible: nothing is learned and the stale-date error says so.
 * 6. Reads each answer as a stream, at most `maxAnswerBytes`; never follows a redirect; ends the
 *    whole call within `deadlineMs` when given (see the option for the worst case without it).
 *
 * It resolves, for every answer the spec declares, to `{ data, response }` (HTTP 200 with status
 * 100 or 101) or `{ error, response }` (`error` is an ApiError: AuthenticationError,
 * IdempotencyConflictError, RateLimitError or ApiError itself; also for HTTP 200 with an error
 * envelope). It throws: RequestValidationError (before sending; also for a body that cannot be
 * serialised and an Idempotency-Key that cannot travel in a header); NetworkError (no answer, or
 * the connection failed while the answer was read) or TimeoutError once retries are exhausted or
 * the deadline has passed; ResponseTooLargeError for an answer over `maxAnswerBytes`; ResponseValidationError with `validateResponses: true` when an answer does
 * not match the spec; ApiError for an undeclared HTTP status or a body that is not an envelope;
 * and, when the caller's `signal` aborts, the signal's reason (a DOMException named `AbortError`
 * unless the caller chose another), exactly as `fetch` does, never retried.
 *
 * `raw` is the plain typed openapi-fetch client with `signingMiddleware` installed (and the learnt
 * clock offset), for anything `createSession` does not cover.
 *
 * The secret lives only in the signing closure: the client's `toJSON`, `toString` and
 * `util.inspect` show the base URL and username, and every error message is redacted.
 */
export function createSessionClient(options: SessionClientOptions): SessionClient {
  const config = resolveClientOptions(options);
  const { baseUrl, username, secret, timeoutMs, deadlineMs, maxAnswerBytes, policy, now, random } = config;
  const { randomUUID = () => crypto.randomUUID(), sleep = abortableSleep } = config;
  const clock = new ClockCorrection(config.maxClockOffsetMs);
  const signingClock = () => new Date(now().getTime() + clock.offsetMs);
  const signing = { algorithm: config.algorithm, headerOrder: config.headerOrder, crypto: config.crypto };
  // redirect 'manual': a redirect would carry the recipient's data to another URL.
  const raw = createClient<SignedPaths>({ baseUrl, fetch: (request) => config.fetch(request), redirect: 'manual' });
  raw.use(signingMiddleware({ username, secret, now: signingClock, ...signing }));
  const validators = config.validate || config.validateResponses ? createSpecValidators() : undefined;
  // Now, not on the first call (a Worker compiles code only while it starts).
  if (validators) compileValidatorsNow(validators, { requests: config.validate, responses: config.validateResponses });
  const limiter =
    config.rateLimit &&
    (isRateLimiter(config.rateLimit) ? config.rateLimit : createTokenBucketLimiter({ ...config.rateLimit, sleep }));
  const site: RequestSite = { method: createSessionMethod, url: `${baseUrl}${createSessionPath}`, secrets: [secret] };
  const reportHook = createHookReporter([secret]);

  async function createSession(
    body: CreateSessionBody,
    { idempotencyKey, signal }: CreateSessionOptions = {},
  ): Promise<CreateSessionResult> {
    const serializedBody = checkRequest(body, idempotencyKey);
    const key = idempotencyKey ?? (policy.retries > 0 ? randomUUID() : undefined);
    const deadline = deadlineMs === undefined ? Infinity : performance.now() + deadlineMs;
    const trace = new CallTrace(config, site, key, reportHook);
    let retriesMade = 0;
    let clockCorrected = false;
    for (;;) {
      signal?.throwIfAborted();
      if (limiter) {
        const queued = performance.now();
        await limiter.take(signal);
        trace.rateLimited(performance.now() - queued);
      }
      const remaining = deadline - performance.now();
      if (remaining <= 0) throw deadlineError(trace.attempts);
      const attemptTimeoutMs = Math.min(timeoutMs, Math.ceil(remaining));
      const signedWithOffset = clock.offsetMs !== 0;
      const result = await sendAttempt({
        fetch: config.fetch,
        site,
        path: createSessionPath,
        body: serializedBody,
        idempotencyKey: key,
        credentials: { username, secret },
        signOptions: { now: signingClock(), ...signing },
        maxAnswerBytes,
        timeoutMs: attemptTimeoutMs,
        signal,
        beforeSend: (signedHeaders) => trace.sending(signedHeaders),
      }).catch((error: unknown) => {
        if (isSigningError(error)) clock.signingFailed(signedWithOffset);
        throw error;
      });
      if (result.kind === 'timeout' && attemptTimeoutMs < timeoutMs) {
        trace.answered(result, 'give-up', 'deadline');
        throw deadlineError(trace.attempts);
      }
      const answer = result.kind === 'answer' ? result.answer : undefined;
      const retryAfter = answer?.httpStatus === 200 ? null : answer?.response.headers.get('retry-after');
      if (retryAfter) answer!.retryAfterMs = parseRetryAfter(retryAfter, now().getTime());
      // Only a 401 says anything about the clock.
      const previousOffsetMs = clock.offsetMs;
      const clockSays =
        answer?.httpStatus === 401
          ? clock.afterAnswer(answer, signedWithOffset, !clockCorrected, now().getTime())
          : undefined;
      if (clockSays === 'resend') {
        trace.answered(result, 'resend', 'stale X-Date: clock corrected');
        trace.clockCorrected(previousOffsetMs, clock.offsetMs, result);
        clockCorrected = true;
        continue;
      }
      if (clockSays?.implausible !== undefined) {
        trace.answered(result, 'give-up', 'stale X-Date: implausible server Date');
        const error = toApiError(
          answer!,
          { ...site, secrets: result.secrets },
          `Create Session was rejected, and ${clockSays.implausible}`,
        );
        return trace.finish({ error, response: answer!.response });
      }
      const outcome = toOutcome(result, key !== undefined);
      if (shouldRetry(outcome, retriesMade, policy)) {
        const delay = retryDelay(outcome, retriesMade, policy, random);
        // No wait that would end past the deadline: the last outcome is the call's.
        if (performance.now() + delay < deadline) {
          trace.answered(result, 'retry', describeOutcome(outcome));
          trace.waited(delay);
          await sleep(delay, signal);
          retriesMade += 1;
          continue;
        }
      }
      trace.answered(result, isSuccess(result) ? 'success' : 'give-up', describeOutcome(outcome));
      return trace.finish(settle(result, trace.attempts));
    }
  }

  /** The body as sent; throws a RequestValidationError for anything that cannot or must not be sent. */
  function checkRequest(body: CreateSessionBody, idempotencyKey: string | undefined): string {
    // Checked whatever `validate` says: neither can be sent at all, and fetch would throw a bare TypeError.
    const serializedBody = serializeBody(body, site);
    if (idempotencyKey !== undefined) checkKeyHeader(idempotencyKey, site);
    if (config.validate) {
      const issues = [
        ...(validators!.checkBody(body) ?? []),
        ...((idempotencyKey !== undefined && validators!.checkIdempotencyKey(idempotencyKey)) || []),
      ];
      if (issues.length > 0) throw new RequestValidationError(issues, site);
    }
    return serializedBody;
  }

  function deadlineError(attempts: number): TimeoutError {
    return new TimeoutError(
      `no answer within the call's deadline of ${deadlineMs} ms (deadlineMs; ${attempts} attempt${attempts === 1 ? '' : 's'})`,
      { ...site, timeoutMs: deadlineMs!, attempts },
    );
  }

  function settle(result: AttemptResult, attempts: number): CreateSessionResult {
    const tries = attempts === 1 ? '' : ` (${attempts} attempts)`;
    if (result.kind === 'network') {
      // The attempt's message without its "(POST url)", which the new error adds again.
      const where = ` (${result.error.method} ${result.error.url})`;
      const text = result.error.message;
      const reason = (text.endsWith(where) ? text.slice(0, -where.length) : text).replace(/^network error: /, '');
      throw new NetworkError(`no answer from the server${tries}: ${reason}`, {
        ...site,
        cause: result.error.cause ?? result.error,
        attempts,
      });
    }
    if (result.kind === 'timeout')
      throw new TimeoutError(`no answer within ${timeoutMs} ms${tries}`, { ...site, timeoutMs, attempts });
    const checkAnswer = config.validateResponses ? validators!.checkAnswer : undefined;
    return classifyAnswer(result.answer, { ...site, secrets: result.secrets }, checkAnswer);
  }

  const describe = () => ({ baseUrl, username });
  return {
    createSession,
    raw,
    get clockOffsetMs() {
      return clock.offsetMs;
    },
    toJSON: describe,
    toString: () => `SessionClient ${JSON.stringify(describe())}`,
    // Node hands its own inspect to a custom inspector, so no import of node:util is needed (Workers have none).
    [Symbol.for('nodejs.util.inspect.custom')]: (
      _depth: number,
      options: object,
      inspect: (value: unknown, options: object) => string,
    ) => `SessionClient ${inspect(describe(), options)}`,
  } as SessionClient;
}

function isSuccess(result: AttemptResult): boolean {
  return result.kind === 'answer' && result.answer.httpStatus === 200 && isSuccessStatus(result.answer.envelopeStatus);
}

function describeOutcome(outcome: AttemptOutcome): string {
  if (outcome.kind !== 'answer') return outcome.kind;
  const envelope = outcome.envelopeStatus === undefined ? '' : `, status ${outcome.envelopeStatus}`;
  return `HTTP ${outcome.httpStatus}${envelope}`;
}

function toOutcome(result: AttemptResult, hasIdempotencyKey: boolean): AttemptOutcome {
  if (result.kind !== 'answer') return { method: createSessionMethod, hasIdempotencyKey, kind: result.kind };
  const { httpStatus, envelopeStatus, retryAfterMs } = result.answer;
  return { method: createSessionMethod, hasIdempotencyKey, kind: 'answer', httpStatus, envelopeStatus, retryAfterMs };
}
