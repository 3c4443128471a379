import { expect, test } from 'vitest';
import { checkExpectation, toExpectationFailures, type StepObservation } from './check-expectation.js';
import { classifyResponse } from './classify-response.js';
import { specRejections } from './spec-rejections.js';

const request = { participant_unique_id1: 'p1', recipient_information: {} };
const success = (
  status: number,
  id: string,
  url: string,
  echo = { participant_unique_id1: 'p1', participant_unique_id2: '' },
): StepObservation => ({
  classification: classifyResponse(200, { status, data: { session_identifier: id, authorized_url: url, ...echo } }),
  requestBody: request,
});
const rejection = (http: number, status: number): StepObservation => ({
  classification: classifyResponse(http, { status }),
  requestBody: request,
});

test('the outcome must match', () => {
  expect(checkExpectation({ outcome: 'created' }, success(100, 'a', 'u1'), [])).toEqual([]);
  expect(checkExpectation({ outcome: 'created' }, rejection(401, 401), [])).toEqual([
    'expected a new session (HTTP 200, status 100), got HTTP 401, status 401',
  ]);
  expect(checkExpectation({ outcome: 'rejected' }, success(100, 'a', 'u1'), [])).toEqual([
    'expected a rejection (HTTP 4xx, or HTTP 200 with an error envelope), got HTTP 200, status 100',
  ]);
  expect(checkExpectation({ outcome: 'replayed', sameSessionAs: 0 }, success(100, 'a', 'u1'), [])).toEqual([
    'expected an idempotent replay (HTTP 200, status 101), got HTTP 200, status 100',
  ]);
});

test('a rejection must match one of the expected rows, the HTTP status only in the 4xx form', () => {
  const stale = { outcome: 'rejected' as const, rejections: [specRejections.staleDate] };
  expect(checkExpectation(stale, rejection(401, 402), [])).toEqual([]);
  expect(checkExpectation(stale, rejection(200, 402), [])).toEqual([]);
  expect(checkExpectation(stale, rejection(403, 402), [])).toEqual([
    'expected HTTP 401 or 200 with envelope status 402 [spec: Unauthorized/StaleDate], got HTTP 403, status 402',
  ]);
  expect(checkExpectation(stale, rejection(200, 401), [])).toEqual([
    'expected HTTP 401 or 200 with envelope status 402 [spec: Unauthorized/StaleDate], got HTTP 200, status 401 (rejected in the envelope)',
  ]);
  const either = {
    outcome: 'rejected' as const,
    rejections: [specRejections.badSignature, specRejections.wrongContentType],
  };
  expect(checkExpectation(either, rejection(415, 415), [])).toEqual([]);
  expect(checkExpectation(either, rejection(401, 401), [])).toEqual([]);
  expect(checkExpectation(either, rejection(400, 400), [])).toEqual([
    'expected one of: HTTP 401 or 200 with envelope status 401 [spec: Unauthorized/BadSignature]; HTTP 415 or 200 with envelope status 415 [spec: UnsupportedMediaType/WrongContentType]; got HTTP 400, status 400',
  ]);
  expect(checkExpectation({ outcome: 'rejected' }, rejection(409, 9001), [])).toEqual([]);
});

test('successes must echo the participant ids ("" for an id not sent)', () => {
  expect(
    checkExpectation(
      { outcome: 'created' },
      success(100, 'a', 'u', { participant_unique_id1: 'other', participant_unique_id2: 'x' }),
      [],
    ),
  ).toEqual([
    'data.participant_unique_id1 must echo the request ("p1"), got "other"',
    'data.participant_unique_id2 must echo the request (""), got "x"',
  ]);
});

test('session relations compare with earlier steps', () => {
  const first = success(100, 'a', 'u1');
  expect(
    checkExpectation({ outcome: 'replayed', sameSessionAs: 0, differentUrlFrom: 0 }, success(101, 'a', 'u2'), [first]),
  ).toEqual([]);
  expect(
    checkExpectation({ outcome: 'replayed', sameSessionAs: 0, differentUrlFrom: 0 }, success(101, 'b', 'u1'), [first]),
  ).toEqual([
    'expected the same session_identifier as step 0 (a), got b',
    'expected a different authorized_url from step 0 (u1), got u1',
  ]);
  expect(checkExpectation({ outcome: 'created', differentSessionFrom: 0 }, success(100, 'a', 'u3'), [first])).toEqual([
    'expected a different session_identifier from step 0 (a), got a',
  ]);
  expect(checkExpectation({ outcome: 'created', differentSessionFrom: 1 }, success(100, 'a', 'u3'), [first])).toEqual([
    'step 1 has no session_identifier to compare with',
  ]);
  expect(toExpectationFailures(['x'], 2)).toEqual([{ check: 'expectation', message: 'x', step: 2 }]);
});
