import { ConfigurationError } from '../errors/configuration-error.js';
import { redactUrl } from '../errors/ingo-session-error.js';
import { specLimits } from '../spec/signing-config.js';
import { sandboxBaseUrl } from '../spec/create-session-operation.js';
import { isRateLimiter, type RateLimiter } from '../rate-limit/rate-limiter.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
import type { SessionClientOptions } from './session-client-types.js';

/** The default per-attempt time limit, in ms. */
export const defaultTimeoutMs = 10_000;

/** The client's options with every default applied and every value checked. */
export type ResolvedClientOptions = Omit<Required<SessionClientOptions>, 'retries' | 'rateLimit' | 'randomUUID' | 'sleep' | 'algorithm' | 'headerOrder' | 'crypto'> &
  Pick<SessionClientOptions, 'randomUUID' | 'sleep' | 'algorithm' | 'headerOrder' | 'crypto'> & {
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
  retries = defaultRetryPolicy.retries,
  validate = true,
  validateResponses = false,
  rateLimit = {},
  now = () => new Date(),
  random = Math.random,
  ...rest
}: SessionClientOptions): ResolvedClientOptions {
  if (typeof username !== 'string' || username === '') throw new ConfigurationError('createSessionClient: `username` is missing (the HMAC username issued by Ingo)');
  if (typeof secret !== 'string' || secret === '') throw new ConfigurationError('createSessionClient: `secret` is missing (the HMAC secret issued by Ingo)');
  const secrets = [secret];
  if (typeof baseUrl !== 'string' || !URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) {
    throw new ConfigurationError(`createSessionClient: \`baseUrl\` must be an http(s) URL, got "${redactUrl(String(baseUrl)).slice(0, 200)}"`, { secrets });
  }
  const { username: urlUser, password: urlPassword } = new URL(baseUrl);
  if (urlUser || urlPassword) throw new ConfigurationError('createSessionClient: `baseUrl` must not carry credentials (user:password@); pass `username` and `secret` instead', { secrets });
  if (typeof fetch !== 'function') throw new ConfigurationError('createSessionClient: `fetch` must be a function (no global fetch here?)');
  requirePositive('timeoutMs', timeoutMs);
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...(typeof retries === 'number' ? { retries } : retries) };
  if (!Number.isInteger(policy.retries) || policy.retries < 0) throw new ConfigurationError(`createSessionClient: \`retries\` must be a whole number >= 0, got ${policy.retries}`);
  for (const name of ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const) requireNonNegative(`retries.${name}`, policy[name]);
  let limit: ResolvedClientOptions['rateLimit'] = false;
  if (isRateLimiter(rateLimit)) {
    limit = rateLimit;
  } else if (rateLimit !== false) {
    const { requestsPerSecond = specLimits.requestsPerSecond, burst = 1, now: nowMs = () => performance.now() } = rateLimit;
    requirePositive('rateLimit.requestsPerSecond', requestsPerSecond);
    if (!Number.isInteger(burst) || burst < 1) throw new ConfigurationError(`createSessionClient: \`rateLimit.burst\` must be a whole number >= 1, got ${burst}`);
    limit = { requestsPerSecond, burst, nowMs };
  }
  return { ...rest, username, secret, baseUrl: baseUrl.replace(/\/+$/, ''), fetch, timeoutMs, validate, validateResponses, now, random, policy, rateLimit: limit };
}

function requirePositive(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new ConfigurationError(`createSessionClient: \`${name}\` must be a finite number > 0, got ${value}`);
}

function requireNonNegative(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new ConfigurationError(`createSessionClient: \`${name}\` must be a finite number >= 0, got ${value}`);
}
