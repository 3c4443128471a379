import { expect, test } from 'vitest';
import { spec } from '../generated/spec.js';
import {
  createSessionMethod,
  createSessionPath,
  echoedFields,
  fullRequestBody,
  isSuccessStatus,
  localeCodes,
  minimalRequestBody,
  requestFieldLimits,
  requiredRequestFields,
  successStatuses,
} from './spec-facts.js';

test('the operation, locales, limits and success statuses are read from the spec', () => {
  expect(`${createSessionMethod} ${createSessionPath}`).toBe('POST /api/v1/sessions/point-in-time/plugin');
  expect(localeCodes).toHaveLength(28);
  expect(localeCodes).toContain('hmn-Latn');
  expect(requiredRequestFields).toEqual(['participant_unique_id1', 'recipient_information']);
  expect(requestFieldLimits).toEqual([
    { field: 'participant_unique_id1', minLength: 1, maxLength: 100, required: true },
    { field: 'participant_unique_id2', maxLength: 100, required: false },
    { field: 'host_uri', maxLength: 200, required: false, format: 'uri' },
  ]);
  expect(echoedFields).toEqual(['participant_unique_id1', 'participant_unique_id2']);
  expect(successStatuses).toEqual({ created: 100, replayed: 101 });
  expect([99, 100, 110, 111, 13723].map(isSuccessStatus)).toEqual([false, true, true, false, false]);
});

test('example bodies are fresh copies, so cases can change them without touching the spec', () => {
  const body = minimalRequestBody();
  body.participant_unique_id1 = 'changed';
  (body.recipient_information as Record<string, unknown>).city = 'changed';
  expect(minimalRequestBody()).toEqual(spec.components.examples.MinimalRequest.value);
  expect(fullRequestBody()).toEqual(spec.components.examples.FullRequest.value);
});
