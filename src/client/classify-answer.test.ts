import { describe, expect, test } from 'vitest';
import { ApiError } from '../errors/api-error.js';
import { AuthenticationError } from '../errors/authentication-error.js';
import { IdempotencyConflictError } from '../errors/idempotency-conflict-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import { classifyAnswer } from './classify-answer.js';
import { createdEnvelope } from '../../test-support/fake-ingo.js';
import { readEnvelopeStatus, toApiError, type Answer } from './to-api-error.js';

const site = { method: 'POST', url: 'http://ingo.test/api/v1/sessions/point-in-time/plugin', secrets: ['s3cret'] };
const answer = (httpStatus: number, body: unknown, extra: Partial<Answer> = {}): Answer => ({
  httpStatus,
  response: new Response(null, { status: httpStatus === 200 ? 200 : httpStatus }),
  body,
  json: typeof body === 'object' && body !== null,
  envelopeStatus: readEnvelopeStatus(body),
  ...extra,
});
const envelope = (status: number) => ({ status, client_message: `message ${status}`, time: 0.1 });

describe('classifyAnswer', () => {
  test('HTTP 200 with status 100 or 101 is data', () => {
    expect(classifyAnswer(answer(200, createdEnvelope), site).data).toBe(createdEnvelope);
    expect(classifyAnswer(answer(200, { ...createdEnvelope, status: 101 }), site).data).toMatchObject({ status: 101 });
  });

  test('a declared error status, or HTTP 200 with an error envelope, is an error result', () => {
    expect(classifyAnswer(answer(400, envelope(400)), site).error).toMatchObject({
      httpStatus: 400,
      status: 400,
      clientMessage: 'message 400',
    });
    expect(classifyAnswer(answer(503, envelope(503)), site).error).toMatchObject({ httpStatus: 503 });
    expect(classifyAnswer(answer(200, envelope(616)), site).error).toMatchObject({ httpStatus: 200, status: 616 });
  });

  test('throws for an undeclared status, a body that is not JSON, and JSON that is not an envelope', () => {
    expect(() => classifyAnswer(answer(404, envelope(404)), site)).toThrow(ApiError);
    expect(() => classifyAnswer(answer(500, 'Internal Server Error'), site)).toThrow(/not JSON: HTTP 500/);
    expect(() => classifyAnswer(answer(200, [1, 2]), site)).toThrow(/not an Ingo envelope/);
  });

  test('with a check, a mismatch throws ResponseValidationError; without, it passes', () => {
    const issues = [{ path: '/data', rule: 'required', message: 'must have required property data' }];
    expect(() => classifyAnswer(answer(200, { status: 100 }), site, () => issues)).toThrow(ResponseValidationError);
    expect(classifyAnswer(answer(200, { status: 100 }), site, () => undefined).data).toEqual({ status: 100 });
  });
});

describe('toApiError', () => {
  test.each([
    [401, envelope(401), AuthenticationError],
    [200, envelope(401), AuthenticationError],
    [200, envelope(402), AuthenticationError],
    [422, envelope(13723), IdempotencyConflictError],
    [200, envelope(13723), IdempotencyConflictError],
    [429, envelope(429), RateLimitError],
    [200, envelope(429), RateLimitError],
    [400, envelope(400), ApiError],
    [503, envelope(503), ApiError],
  ])('HTTP %i with %o is a %o', (httpStatus, body, kind) => {
    const error = toApiError(answer(httpStatus, body), site, 'rejected');
    expect(error.constructor).toBe(kind);
    expect(error).toBeInstanceOf(ApiError);
  });

  test('the message names the statuses, the server message, method and URL', () => {
    const error = toApiError(answer(401, envelope(401)), site, 'Create Session was rejected');
    expect(error.message).toBe(
      'Create Session was rejected: HTTP 401, status 401: message 401 (POST http://ingo.test/api/v1/sessions/point-in-time/plugin)',
    );
  });

  test('a RateLimitError carries Retry-After', () => {
    const error = toApiError(answer(429, envelope(429), { retryAfterMs: 1_500 }), site, 'x') as RateLimitError;
    expect(error.retryAfterMs).toBe(1_500);
    expect(error.toJSON()).toMatchObject({ name: 'RateLimitError', retryAfterMs: 1_500, httpStatus: 429 });
  });
});
