import { describe, expect, test } from 'vitest';
import { spec } from '../../generated/spec.js';
import { createSchemaCache } from './create-schema-cache.js';
import {
  describeSourceRow,
  findConstraintSource,
  isDocumented,
  sourceOfSchemaError,
} from './find-constraint-source.js';

describe('findConstraintSource', () => {
  test('a constraint without a mark is documented', () => {
    const source = findConstraintSource(
      '#/components/schemas/CreateSessionRequest/properties/participant_unique_id1',
      'maxLength',
    );
    expect(source).toEqual({
      kind: 'documented',
      pointer: '#/components/schemas/CreateSessionRequest/properties/participant_unique_id1',
      keyword: 'maxLength',
    });
    expect(isDocumented(source)).toBe(true);
  });

  test('a map mark names single keywords, with the note', () => {
    const source = findConstraintSource(
      '#/components/schemas/CreateSessionRequest/properties/participant_unique_id1',
      'minLength',
    );
    expect(source.kind).toBe('assumption');
    expect(source.note).toMatch(/empty string/);
    expect(isDocumented(source)).toBe(false);
  });

  test('a string mark covers every constraint of its object, and pointers follow $refs', () => {
    const city = findConstraintSource(
      '#/components/schemas/CreateSessionRequest/properties/recipient_information/properties/city',
      'type',
    );
    expect(city).toMatchObject({
      kind: 'example',
      pointer: '#/components/schemas/RecipientInformation/properties/city',
    });
  });

  test('required entries are named one by one', () => {
    const data = '#/components/schemas/SessionData';
    expect(findConstraintSource(data, 'required', 'session_identifier').kind).toBe('example');
    expect(findConstraintSource(data, 'required', 'authorized_url').kind).toBe('documented');
    expect(describeSourceRow(findConstraintSource(data, 'required', 'session_identifier'))).toBe(
      `${data} required/session_identifier`,
    );
  });

  test('extensions, responses and examples carry marks too', () => {
    expect(findConstraintSource('#/x-ingo-limits', 'maxBodyBytes').kind).toBe('assumption');
    expect(findConstraintSource('#/x-ingo-limits', 'requestsPerSecond').kind).toBe('documented');
    expect(
      findConstraintSource('#/components/securitySchemes/IngoHmac/x-ingo-signing', 'requiredSignedHeaders').kind,
    ).toBe('assumption');
    expect(findConstraintSource('#/components/responses/IdempotencyConflict', 'httpStatus').kind).toBe('assumption');
    expect(findConstraintSource('#/components/responses/Unauthorized', 'httpStatus').kind).toBe('documented');
    expect(findConstraintSource('#/components/examples/KeyReused', 'status').kind).toBe('documented');
    expect(findConstraintSource('#/components/examples/BadSignature', 'status').kind).toBe('assumption');
  });

  test('a pointer that leads nowhere throws', () => {
    expect(() => findConstraintSource('#/components/schemas/NoSuchSchema', 'type')).toThrow(/NoSuchSchema/);
  });

  test('every mark in the spec is a known source and sits in a place the rule allows', () => {
    const marks: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value !== 'object' || value === null) return;
      for (const [key, child] of Object.entries(value)) {
        if (key === 'x-ingo-source') {
          marks.push(path);
          const kinds = typeof child === 'string' ? [child] : Object.values(child as object);
          for (const kind of kinds) expect(['example', 'assumption'], `${path}: ${String(kind)}`).toContain(kind);
          if (typeof child === 'object')
            for (const name of Object.keys(child as object))
              if (!name.startsWith('required/'))
                expect(
                  Object.hasOwn(value, name) || ['httpStatus', 'status'].includes(name),
                  `${path} marks ${name}, which it does not state`,
                ).toBe(true);
        } else walk(child, `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
      }
    };
    walk(spec, '#');
    expect(marks.length).toBeGreaterThan(10);
  });
});

describe('sourceOfSchemaError', () => {
  test('maps ajv errors of the schema cache to the marks', () => {
    const pointer = '#/components/schemas/CreateSessionAnswer/anyOf/0';
    const validate = createSchemaCache()(pointer);
    const envelope = (data: object) => ({ status: 100, client_message: 'Success', time: 0.1, data });
    validate(
      envelope({
        authorized_url: 'https://x.test/s',
        authorized_url_expiration_utc: 5,
        participant_unique_id1: 'a',
        participant_unique_id2: 7,
      }),
    );
    const sources = validate
      .errors!.map((error) => `${error.keyword}:${sourceOfSchemaError(error, pointer).kind}`)
      .sort();
    expect(sources).toEqual(['required:example', 'type:example', 'type:example']);
    expect(
      sourceOfSchemaError(
        validate.errors!.find((e) => e.keyword === 'required')!,
        pointer,
      ),
    ).toMatchObject({
      pointer: '#/components/schemas/SessionData',
      entry: 'session_identifier',
    });
    validate(
      envelope({ session_identifier: 'S-1', authorized_url_expiration_utc: 'soon', participant_unique_id1: 'a' }),
    );
    expect(validate.errors!.map((error) => sourceOfSchemaError(error, pointer).kind)).toEqual(['documented']);
  });
});
