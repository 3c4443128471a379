import { expect, test } from 'vitest';
import { createSchemaCache } from './create-schema-cache.js';
import { specValidators } from '../../generated/validators.js';
import { createSpecAjv } from './create-spec-ajv.js';

test('compiles each pointer once and returns the same validator after', () => {
  const ajv = createSpecAjv();
  let compiles = 0;
  const compile = ajv.compile.bind(ajv);
  ajv.compile = ((schema: object) => ((compiles += 1), compile(schema))) as typeof ajv.compile;
  const cache = createSchemaCache(ajv);
  const body = cache('#/components/schemas/CreateSessionRequest');
  expect(cache('#/components/schemas/CreateSessionRequest')).toBe(body);
  expect(cache('#/components/schemas/ErrorEnvelope')).not.toBe(body);
  expect(compiles).toBe(2);
  expect(body({ participant_unique_id1: 'a', recipient_information: {} })).toBe(true);
  expect(body({})).toBe(false);
});

test('without an ajv, the generated validators answer; a pointer they lack is compiled on first use', () => {
  const cache = createSchemaCache();
  const body = cache('#/components/schemas/CreateSessionRequest');
  expect(cache('#/components/schemas/CreateSessionRequest')).toBe(body);
  expect(body).toBe(specValidators['#/components/schemas/CreateSessionRequest']);
  expect(body({ participant_unique_id1: 'a', recipient_information: {} })).toBe(true);
  expect(body({})).toBe(false);
  const property = '#/components/schemas/CreateSessionRequest/properties/participant_unique_id1';
  expect(Object.hasOwn(specValidators, property)).toBe(false);
  expect(cache(property)('')).toBe(false);
  expect(cache(property)).toBe(cache(property));
});
