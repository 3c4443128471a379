import { expect, test } from 'vitest';
import { classifyResponse, describeClassification } from './classify-response.js';

const data = {
  session_identifier: 'id-1',
  authorized_url: 'https://x/session/id-1',
  participant_unique_id1: 'p',
  participant_unique_id2: '',
};

test('200 with 100 or 101 is a success, never a rejection', () => {
  expect(classifyResponse(200, { status: 100, data })).toEqual({
    kind: 'created',
    httpStatus: 200,
    envelopeStatus: 100,
    data,
    sessionId: 'id-1',
    authorizedUrl: 'https://x/session/id-1',
  });
  expect(classifyResponse(200, { status: 101, data }).kind).toBe('replayed');
  expect(classifyResponse(200, { status: 105 }).kind).toBe('other');
});

test('a rejection is HTTP 4xx or HTTP 200 with a status outside 100–110, and says which form', () => {
  expect(classifyResponse(401, { status: 402 })).toEqual({
    kind: 'rejected',
    form: 'http',
    httpStatus: 401,
    envelopeStatus: 402,
  });
  expect(classifyResponse(200, { status: 13723 })).toEqual({
    kind: 'rejected',
    form: 'envelope',
    httpStatus: 200,
    envelopeStatus: 13723,
  });
  expect(classifyResponse(418, 'not an envelope')).toEqual({ kind: 'rejected', form: 'http', httpStatus: 418 });
});

test('server errors and anything else are reported as they are', () => {
  expect(classifyResponse(503, { status: 503 }).kind).toBe('server-error');
  expect(classifyResponse(302, undefined)).toEqual({ kind: 'other', httpStatus: 302 });
  expect(classifyResponse(200, undefined)).toEqual({ kind: 'other', httpStatus: 200 });
  expect(describeClassification(classifyResponse(401, { status: 402 }))).toBe('HTTP 401, status 402');
  expect(describeClassification(classifyResponse(502, null))).toBe('HTTP 502');
});
