import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ApiError, isApiError } from './api-error.js';
import { AuthenticationError, isAuthenticationError } from './authentication-error.js';
import { ConfigurationError, isConfigurationError } from './configuration-error.js';
import { IdempotencyConflictError, isIdempotencyConflictError } from './idempotency-conflict-error.js';
import { IngoSessionError, isIngoSessionError } from './ingo-session-error.js';
import { NetworkError, isNetworkError } from './network-error.js';
import { RateLimitError, isRateLimitError } from './rate-limit-error.js';
import { RequestValidationError, isRequestValidationError } from './request-validation-error.js';
import { ResponseValidationError, isResponseValidationError } from './response-validation-error.js';
import { TimeoutError, isTimeoutError } from './timeout-error.js';

const where = { method: 'POST', url: 'https://ingo.test/api/v1/sessions/point-in-time/plugin' };
const answer = { ...where, httpStatus: 401, status: 401, clientMessage: 'Unauthorized', body: { status: 401 } };
const issues = [
  {
    path: '/participant_unique_id1',
    rule: 'maxLength',
    message: 'must NOT have more than 100 characters',
    expected: 100,
    received: 'x'.repeat(101),
  },
];

const cases = [
  ['ApiError', new ApiError('rejected', answer), isApiError],
  ['AuthenticationError', new AuthenticationError('rejected', answer), isAuthenticationError],
  [
    'IdempotencyConflictError',
    new IdempotencyConflictError('rejected', { ...answer, httpStatus: 422, status: 13723 }),
    isIdempotencyConflictError,
  ],
  [
    'RateLimitError',
    new RateLimitError('rejected', { ...answer, httpStatus: 429, retryAfterMs: 1000 }),
    isRateLimitError,
  ],
  ['RequestValidationError', new RequestValidationError(issues, where), isRequestValidationError],
  [
    'ResponseValidationError',
    new ResponseValidationError(issues, { ...where, httpStatus: 200, body: {} }),
    isResponseValidationError,
  ],
  ['NetworkError', new NetworkError('no answer', { ...where, attempts: 3 }), isNetworkError],
  ['TimeoutError', new TimeoutError('no answer', { ...where, timeoutMs: 100 }), isTimeoutError],
  ['ConfigurationError', new ConfigurationError('bad option'), isConfigurationError],
] as const;

describe.each(cases)('%s', (name, error, guard) => {
  test('has its name, its guard, and is an IngoSessionError', () => {
    expect(error.name).toBe(name);
    expect(guard(error)).toBe(true);
    expect(guard(new Error(name))).toBe(false);
    expect(isIngoSessionError(error)).toBe(true);
    expect(error).toBeInstanceOf(IngoSessionError);
  });

  test('prints and serialises its safe view', () => {
    expect(inspect(error)).toBe(`${name}: ${error.message}`);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name, message: error.message });
    if (name !== 'ConfigurationError')
      expect(error.message).toContain('(POST https://ingo.test/api/v1/sessions/point-in-time/plugin)');
  });
});

test('every error about a server answer is an ApiError; the others are not', () => {
  const answers = ['ApiError', 'AuthenticationError', 'IdempotencyConflictError', 'RateLimitError'];
  for (const [name, error] of cases) expect(isApiError(error)).toBe(answers.includes(name));
});

test('validation errors list every issue in the message, and keep received values out of JSON', () => {
  const error = new RequestValidationError([
    ...issues,
    { path: '/recipient_information', rule: 'required', message: 'must have required property' },
  ]);
  expect(error.message).toContain(
    '/participant_unique_id1 must NOT have more than 100 characters; /recipient_information must have required property',
  );
  expect(JSON.stringify(error)).not.toContain('xxxx');
  expect(error.issues).toHaveLength(2);
});

test('ApiError JSON carries the statuses but not the body', () => {
  const error = new ApiError('rejected', { ...answer, body: { status: 401, secret_thing: 'hidden' } });
  expect(error.toJSON()).toEqual({
    name: 'ApiError',
    message: error.message,
    method: 'POST',
    url: where.url,
    httpStatus: 401,
    status: 401,
    clientMessage: 'Unauthorized',
  });
});

test('the secrets option redacts message and clientMessage', () => {
  const error = new ApiError('server said pw123-long-secret', {
    ...answer,
    clientMessage: 'echo pw123-long-secret',
    secrets: ['pw123-long-secret'],
  });
  expect(error.message).not.toContain('pw123-long-secret');
  expect(error.clientMessage).toBe('echo [REDACTED]');
});
