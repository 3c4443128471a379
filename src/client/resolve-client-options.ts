import { ConfigurationError } from '../errors/configuration-error.js';
import { baseUrlProblem } from '../http/base-url-problem.js';
import { specLimits } from '../spec/signing-config.js';
import { sandboxBaseUrl } from '../spec/create-session-operation.js';
import { isRateLimiter, type RateLimiter } from '../rate-limit/rate-limiter.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
import type { SessionClientHooks, SessionClientOptions } from './session-client-types.js';

/** The default per-attempt time limit, in ms. */
export const defaultTimeoutMs = 10_000;

/** The default bound of the learned clock offset: ±14 h, the widest gap between time zones (UTC−12 to UTC+14). */
export const defaultMaxClockOffsetMs = 14 * 3_600_000;

/** The longest delay a timer can hold: setTimeout fires at once for anything longer. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

type HookName = keyof SessionClientHooks;

/** The client's options with every default applied and every value checked. */
export type ResolvedClientOptions = Omit<
  Required<SessionClientOptions>,
  'retries' | 'rateLimit' | 'randomUUID' | 'sleep' | 'algorithm' | 'headerOrder' | 'crypto' | 'deadlineMs' | HookName
> &
  Pick<
    SessionClientOptions,
    'randomUUID' | 'sleep' | 'algorithm' | 'headerOrder' | 'crypto' | 'deadlineMs' | HookName
  > & {
    policy: RetryPolicy;
    /** Off, the numbers of a per-process bucket, or a limiter object given by the caller (used as is). */
    rateLimit: false | { requestsPerSecond: number; burst: number; nowMs: () => number } | RateLimiter;
  };

/**
 * Applies the defaults (sandbox server, global fetch, spec rate limit, 2 retries, …) and rejects
 * options that cannot work with a ConfigurationError naming the option. The secret's value is
 * never quoted.
 */
export function resolveClientOptions({
  username,
  secret,
  baseUrl = sandboxBaseUrl,
  fetch = globalThis.fetch,
  timeoutMs = defaultTimeoutMs,
  deadlineMs,
  maxAnswerBytes = specLimits.maxAnswerBytes,
  maxClockOffsetMs = defaultMaxClockOffsetMs,
  retries = defaultRetryPolicy.retries,
  validate = true,
  validateResponses = false,
  rateLimit = {},
  now = () => new Date(),
  random = Math.random,
  ...rest
}: SessionClientOptions): ResolvedClientOptions {
  if (typeof username !== 'string' || username === '')
    throw new ConfigurationError('createSessionClient: `username` is missing (the HMAC username issued by Ingo)');
  if (typeof secret !== 'string' || secret === '')
    throw new ConfigurationError('createSessionClient: `secret` is missing (the HMAC secret issued by Ingo)');
  const secrets = [secret];
  const problem = baseUrlProblem(baseUrl);
  if (problem) throw new ConfigurationError(`createSessionClient: \`baseUrl\` ${problem}`, { secrets });
  if (typeof fetch !== 'function')
    throw new ConfigurationError('createSessionClient: `fetch` must be a function (no global fetch here?)');
  requireTimer('timeoutMs', timeoutMs);
  if (deadlineMs !== undefined) requireTimer('deadlineMs', deadlineMs);
  if (!(Number.isInteger(maxAnswerBytes) && maxAnswerBytes > 0))
    throw new ConfigurationError(
      `createSessionClient: \`maxAnswerBytes\` must be a whole number > 0, got ${maxAnswerBytes}`,
    );
  requireNonNegative('maxClockOffsetMs', maxClockOffsetMs);
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...(typeof retries === 'number' ? { retries } : retries) };
  if (!Number.isInteger(policy.retries) || policy.retries < 0)
    throw new ConfigurationError(`createSessionClient: \`retries\` must be a whole number >= 0, got ${policy.retries}`);
  for (const name of ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const) {
    requireNonNegative(`retries.${name}`, policy[name]);
    if (policy[name] > MAX_TIMER_MS)
      throw new ConfigurationError(
        `createSessionClient: \`retries.${name}\` must be at most ${MAX_TIMER_MS} ms (a timer's limit), got ${policy[name]}`,
      );
  }
  let limit: ResolvedClientOptions['rateLimit'] = false;
  if (isRateLimiter(rateLimit)) {
    limit = rateLimit;
  } else if (rateLimit !== false) {
    const {
      requestsPerSecond = specLimits.requestsPerSecond,
      burst = 1,
      now: nowMs = () => performance.now(),
    } = rateLimit;
    requirePositive('rateLimit.requestsPerSecond', requestsPerSecond);
    // One token's wait must fit in a timer: below about 1 request in 24 days it would fire at once.
    if (1000 / requestsPerSecond > MAX_TIMER_MS)
      throw new ConfigurationError(
        `createSessionClient: \`rateLimit.requestsPerSecond\` must be at least ${1000 / MAX_TIMER_MS} (one request per ${MAX_TIMER_MS} ms, a timer's limit), got ${requestsPerSecond}`,
      );
    if (!Number.isInteger(burst) || burst < 1)
      throw new ConfigurationError(
        `createSessionClient: \`rateLimit.burst\` must be a whole number >= 1, got ${burst}`,
      );
    limit = { requestsPerSecond, burst, nowMs };
  }
  return {
    ...rest,
    username,
    secret,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    fetch,
    timeoutMs,
    ...(deadlineMs === undefined ? {} : { deadlineMs }),
    maxAnswerBytes,
    maxClockOffsetMs,
    validate,
    validateResponses,
    now,
    random,
    policy,
    rateLimit: limit,
  };
}

function requireTimer(name: string, value: number): void {
  requirePositive(name, value);
  if (value > MAX_TIMER_MS)
    throw new ConfigurationError(
      `createSessionClient: \`${name}\` must be at most ${MAX_TIMER_MS} ms (a timer's limit), got ${value}`,
    );
}

function requirePositive(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
    throw new ConfigurationError(`createSessionClient: \`${name}\` must be a finite number > 0, got ${value}`);
}

function requireNonNegative(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new ConfigurationError(`createSessionClient: \`${name}\` must be a finite number >= 0, got ${value}`);
}
