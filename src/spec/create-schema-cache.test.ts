import { expect, test } from 'vitest';
import { createSchemaCache } from './create-schema-cache.js';
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

test('without an ajv, the generated validators answer, and a pointer outside the spec is refused by name', () => {
  const cache = createSchemaCache();
  const body = cache('#/components/schemas/CreateSessionRequest');
  expect(cache('#/components/schemas/CreateSessionRequest')).toBe(body);
  expect(body({ participant_unique_id1: 'a', recipient_information: {} })).toBe(true);
  expect(body({})).toBe(false);
  expect(() => cache('#/components/schemas/NoSuchSchema')).toThrow('no generated validator for #/components/schemas/NoSuchSchema');
});
