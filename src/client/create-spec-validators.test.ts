import { expect, test } from 'vitest';
import { createSpecValidators } from './create-spec-validators.js';
import { createdEnvelope, minimalBody } from '../../test-support/fake-ingo.js';

const validators = createSpecValidators();

test('checks bodies against the request schema', () => {
  expect(validators.checkBody(minimalBody)).toBeUndefined();
  expect(validators.checkBody({ ...minimalBody, host_uri: 'not a uri' })?.map((issue) => issue.path)).toContain(
    '/host_uri',
  );
});

test('checks Idempotency-Keys against the header schema, naming the header', () => {
  expect(validators.checkIdempotencyKey('3f2a1b4c-9d8e-7f6a-5b4c-3d2e1f0a9b8c')).toBeUndefined();
  expect(validators.checkIdempotencyKey('')).toEqual([
    expect.objectContaining({
      path: '/Idempotency-Key',
      rule: 'minLength',
      message: 'Idempotency-Key header must NOT have fewer than 1 characters',
    }),
  ]);
});

test('checks answers against the schema declared for their status', () => {
  expect(validators.checkAnswer(200, createdEnvelope)).toBeUndefined();
  expect(validators.checkAnswer(200, { status: 13723, client_message: 'conflict' })).toBeUndefined();
  expect(validators.checkAnswer(401, { client_message: 'no status' })).toEqual([
    expect.objectContaining({ path: '/status', rule: 'required' }),
  ]);
  expect(validators.checkAnswer(503, { status: 100, client_message: 'not an error status' })?.length).toBeGreaterThan(
    0,
  );
  expect(validators.checkAnswer(404, { anything: true })).toBeUndefined();
});

test('checks answers by their documented constraints only, as the conformance suite does', () => {
  const { session_identifier: _omitted, ...withoutId } = createdEnvelope.data;
  const { authorized_url: _missing, ...withoutUrl } = createdEnvelope.data;
  // client_message is required by assumption; session_identifier by Ingo's example only.
  expect(validators.checkAnswer(401, { status: 401 })).toBeUndefined();
  expect(validators.checkAnswer(200, { ...createdEnvelope, data: withoutId })).toBeUndefined();
  // authorized_url is documented: its absence is reported, and only the success branch's issues are.
  expect(validators.checkAnswer(200, { ...createdEnvelope, data: withoutUrl })).toEqual([
    expect.objectContaining({ path: '/data/authorized_url', rule: 'required' }),
  ]);
});
