import { expect, test } from 'vitest';
import { ConfigurationError } from '../errors/configuration-error.js';
import { specLimits } from '../spec/signing-config.js';
import { sandboxBaseUrl } from '../spec/create-session-operation.js';
import { resolveClientOptions } from './resolve-client-options.js';
import { defaultRetryPolicy } from './retry-policy.js';

const credentials = { username: 'u', secret: 'resolve-secret' };

test('defaults: sandbox server, global fetch, spec rate limit, default retries, validation on', () => {
  const resolved = resolveClientOptions(credentials);
  expect(resolved.baseUrl).toBe(sandboxBaseUrl);
  expect(sandboxBaseUrl).toBe('https://iip-session-management-uat.ingo.money');
  expect(resolved.fetch).toBe(globalThis.fetch);
  expect(resolved.rateLimit).toMatchObject({ requestsPerSecond: specLimits.requestsPerSecond, burst: 1 });
  expect(resolved.policy).toEqual(defaultRetryPolicy);
  expect(resolved).toMatchObject({ validate: true, validateResponses: false, timeoutMs: 10_000 });
});

test('retries may be a count or a partial policy; a trailing slash is dropped', () => {
  expect(resolveClientOptions({ ...credentials, retries: 0 }).policy.retries).toBe(0);
  expect(resolveClientOptions({ ...credentials, retries: { jitter: 'none' } }).policy).toEqual({
    ...defaultRetryPolicy,
    jitter: 'none',
  });
  expect(resolveClientOptions({ ...credentials, baseUrl: 'http://localhost:4010/' }).baseUrl).toBe(
    'http://localhost:4010',
  );
  expect(resolveClientOptions({ ...credentials, rateLimit: false }).rateLimit).toBe(false);
});

test.each([
  [{ username: '' }, /`username` is missing/],
  [{ secret: '' }, /`secret` is missing/],
  [{ baseUrl: 'ftp://x' }, /`baseUrl` must use http or https, not ftp/],
  [{ baseUrl: 'https://a:b@x.test' }, /must not carry user info/],
  [{ timeoutMs: 0 }, /`timeoutMs` must be a finite number > 0/],
  [{ timeoutMs: Infinity }, /`timeoutMs`/],
  [{ retries: -1 }, /`retries` must be a whole number >= 0/],
  [{ retries: 1.5 }, /`retries`/],
  [{ retries: { maxDelayMs: -1 } }, /`retries.maxDelayMs`/],
  [{ rateLimit: { requestsPerSecond: 0 } }, /`rateLimit.requestsPerSecond`/],
  [{ rateLimit: { burst: 0 } }, /`rateLimit.burst`/],
])('rejects %o with a message naming the option', (overrides, message) => {
  expect(() => resolveClientOptions({ ...credentials, ...overrides })).toThrow(ConfigurationError);
  expect(() => resolveClientOptions({ ...credentials, ...overrides })).toThrow(message);
});
