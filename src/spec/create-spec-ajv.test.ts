import { describe, expect, test } from 'vitest';
import { spec } from '../../generated/spec.js';
import { compileSpecSchema, createSpecAjv } from './create-spec-ajv.js';

describe('createSpecAjv', () => {
  test('every schema, parameter and response schema of the spec is valid JSON Schema 2020-12 (meta-schema checked)', () => {
    const ajv = createSpecAjv({ validateSchema: true });
    const pointers = [
      ...Object.keys(spec.components.schemas).map((name) => `#/components/schemas/${name}`),
      ...Object.keys(spec.components.parameters).map((name) => `#/components/parameters/${name}/schema`),
      ...Object.keys(spec.components.securitySchemes.IngoHmac['x-ingo-signing'].headerDefinitions).map(
        (name) => `#/components/securitySchemes/IngoHmac/x-ingo-signing/headerDefinitions/${name}/schema`,
      ),
      ...Object.keys(spec.components.responses).map(
        (name) => `#/components/responses/${name}/content/application~1json/schema`,
      ),
    ];
    for (const pointer of pointers) {
      const schema = pointer
        .split('/')
        .slice(1)
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key.replaceAll('~1', '/')], spec);
      expect(ajv.validateSchema(schema as object), `${pointer}: ${ajv.errorsText(ajv.errors)}`).toBe(true);
      expect(() => compileSpecSchema(ajv, pointer), pointer).not.toThrow();
    }
  });

  test('strict mode catches an unknown keyword (a typo in a schema)', () => {
    const ajv = createSpecAjv();
    expect(() => ajv.compile({ type: 'string', maxLenght: 3 })).toThrow(/unknown keyword: "maxLenght"/);
  });

  test('validates with formats and reports every error', () => {
    const validate = compileSpecSchema(createSpecAjv(), '#/components/schemas/CreateSessionRequest');
    expect(
      validate({
        participant_unique_id1: '',
        host_uri: 'not a uri',
        recipient_information: { email_address: 'x', city: 7 },
      }),
    ).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.keyword}`).sort()).toEqual([
      '/host_uri format',
      '/host_uri pattern',
      '/participant_unique_id1 minLength',
      '/recipient_information/city type',
    ]);
  });
});
