import { expect, test } from 'vitest';
import { spec } from '../generated/spec.js';
import { specValidators } from '../generated/validators.js';
import { createSchemaCache } from '../src/spec/create-schema-cache.js';
import { compileSpecSchema, createSpecAjv } from '../src/spec/create-spec-ajv.js';
import { listSchemaPointers, renderValidators } from './render-validators.js';

const examples = Object.values(spec.components.examples).map((example) => example.value as unknown);
// Valid bodies, broken ones (each documented field wrong in turn) and values of every JSON type.
const created = spec.components.examples.Created.value;
const request = spec.components.examples.MinimalRequest.value;
const samples: unknown[] = [
  ...examples,
  null,
  'text',
  '',
  'x'.repeat(300),
  42,
  true,
  [],
  {},
  { ...request, participant_unique_id1: '' },
  { ...request, host_uri: 'not a uri' },
  { ...request, language_locale_code: 'xx-XX' },
  { ...request, recipient_information: { email_address: 'not-an-email' } },
  { ...request, unknown_field: 1 },
  { ...created, data: { ...created.data, authorized_url_expiration_utc: 'yesterday' } },
  { ...created, status: 'one hundred' },
  { status: 400, client_message: 7, time: 0 },
];

test('every pointer of the spec has a standalone validator, and the schema cache uses it (nothing compiled at start)', () => {
  const pointers = listSchemaPointers(spec);
  expect(Object.keys(specValidators)).toEqual(pointers);
  expect(pointers).toContain('#/components/schemas/CreateSessionRequest');
  // Every anyOf branch, wherever it sits, for the conformance suite's branch-by-branch explanations.
  expect(pointers.filter((pointer) => /\/anyOf\/\d+$/.test(pointer)).length).toBeGreaterThan(0);
  const cache = createSchemaCache();
  for (const pointer of pointers) expect(cache(pointer), pointer).toBe(specValidators[pointer]);
});

test('each standalone validator gives the verdict and the errors of the same schema compiled by ajv at run time', () => {
  const ajv = createSpecAjv();
  for (const pointer of listSchemaPointers(spec)) {
    const compiled = compileSpecSchema(ajv, pointer);
    const standalone = specValidators[pointer]!;
    for (const value of samples) {
      const verdict = compiled(value);
      expect(standalone(value), `${pointer} on ${JSON.stringify(value).slice(0, 80)}`).toBe(verdict);
      expect(standalone.errors ?? null, pointer).toEqual(compiled.errors ?? null);
    }
  }
});

test('a change to a schema changes the generated validators (the drift check can fail)', () => {
  const header = (what: string) => `// ${what}\n`;
  const before = renderValidators(spec, header)['generated/validators.ts'];
  const changed = structuredClone(spec) as unknown as {
    components: {
      schemas: { CreateSessionRequest: { properties: { participant_unique_id1: { maxLength: number } } } };
    };
  };
  changed.components.schemas.CreateSessionRequest.properties.participant_unique_id1.maxLength = 101;
  const after = renderValidators(changed, header)['generated/validators.ts'];
  expect(after).not.toBe(before);
  expect(after).toContain('> 101');
});
