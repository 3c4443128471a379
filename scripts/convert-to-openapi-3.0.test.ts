import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { convertToOpenApi30 } from './convert-to-openapi-3.0.js';

const read = (path: string) => readFile(new URL(`../${path}`, import.meta.url), 'utf8');
const wrap = (schema: unknown) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {},
  components: { schemas: { S: schema } },
});
const schemaOf = (document: Record<string, unknown>) => (document.components as { schemas: { S: unknown } }).schemas.S;

describe('the OpenAPI 3.0.3 copy', () => {
  test('generated/session-management.openapi-3.0.yaml is valid under a strict 3.0 validator; a naive copy is not', async () => {
    const validator = new Validator();
    const copy = await read('generated/session-management.openapi-3.0.yaml');
    const result = await validator.validate(parse(copy));
    expect(result, JSON.stringify(result.errors)).toMatchObject({ valid: true });
    expect(validator.version).toBe('3.0');
    // Renaming the version alone leaves 3.1-only keys (info.summary, license.identifier) behind.
    const naive = parse((await read('openapi/session-management.yaml')).replace('openapi: 3.1.0', 'openapi: 3.0.3'));
    expect(await new Validator().validate(naive)).toMatchObject({ valid: false });
  });

  test('keeps every path, response, schema, example and extension of the 3.1 spec', async () => {
    const source = parse(await read('openapi/session-management.yaml'));
    const copy = parse(await read('generated/session-management.openapi-3.0.yaml'));
    expect(copy.openapi).toBe('3.0.3');
    expect(Object.keys(copy.paths)).toEqual(Object.keys(source.paths));
    const operation = (document: typeof source) => document.paths['/api/v1/sessions/point-in-time/plugin'].post;
    expect(Object.keys(operation(copy).responses)).toEqual(Object.keys(operation(source).responses));
    for (const kind of ['schemas', 'responses', 'examples', 'parameters', 'headers', 'securitySchemes'])
      expect(Object.keys(copy.components[kind])).toEqual(Object.keys(source.components[kind]));
    expect(copy['x-ingo-limits']).toEqual(source['x-ingo-limits']);
    expect(copy.components.securitySchemes.IngoHmac['x-ingo-signing']).toEqual(
      source.components.securitySchemes.IngoHmac['x-ingo-signing'],
    );
    expect(copy.components.examples).toEqual(source.components.examples);
    expect(copy.info.description.startsWith(`${source.info.summary}\n\n`)).toBe(true);
    expect(copy.info.license).toEqual({ name: 'MIT' });
  });
});

describe('convertToOpenApi30', () => {
  test('translates the 3.1 schema forms that 3.0 spells differently', () => {
    expect(schemaOf(convertToOpenApi30(wrap({ type: ['string', 'null'], const: 'a', examples: ['a', 'b'] })))).toEqual({
      type: 'string',
      nullable: true,
      enum: ['a'],
      example: 'a',
    });
    expect(schemaOf(convertToOpenApi30(wrap({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 9 })))).toEqual({
      type: 'number',
      minimum: 0,
      exclusiveMinimum: true,
      maximum: 9,
      exclusiveMaximum: true,
    });
    expect(
      schemaOf(
        convertToOpenApi30(wrap({ type: 'object', properties: { a: false, b: true }, additionalProperties: false })),
      ),
    ).toEqual({
      type: 'object',
      properties: { a: { not: {} }, b: {} },
      additionalProperties: false,
    });
    expect(
      schemaOf(convertToOpenApi30(wrap({ $ref: '#/components/schemas/T', maxLength: 3, 'x-note': 'kept' }))),
    ).toEqual({ maxLength: 3, 'x-note': 'kept', allOf: [{ $ref: '#/components/schemas/T' }] });
    expect(schemaOf(convertToOpenApi30(wrap({ anyOf: [{ type: ['integer', 'null'] }], $comment: 'dropped' })))).toEqual(
      { anyOf: [{ type: 'integer', nullable: true }] },
    );
  });

  test('copies example values and extensions untouched, and leaves its input alone', () => {
    const input = wrap({
      type: 'object',
      example: { schema: { type: ['x', 'null'] } },
      'x-ingo-source': { minLength: 'assumption' },
    });
    const before = structuredClone(input);
    expect(schemaOf(convertToOpenApi30(input))).toEqual({
      type: 'object',
      example: { schema: { type: ['x', 'null'] } },
      'x-ingo-source': { minLength: 'assumption' },
    });
    expect(input).toEqual(before);
  });

  test('refuses what 3.0 cannot express, naming where', () => {
    expect(() => convertToOpenApi30(wrap({ type: 'object', patternProperties: { '^a': {} } }))).toThrow(
      '#/components/schemas/S: OpenAPI 3.0 cannot express the schema keyword patternProperties',
    );
    expect(() => convertToOpenApi30(wrap({ type: ['string', 'integer'] }))).toThrow(/cannot express the type list/);
    expect(() => convertToOpenApi30({ ...wrap({}), webhooks: {} })).toThrow('OpenAPI 3.0 has no webhooks');
    expect(() => convertToOpenApi30({ ...wrap({}), openapi: '3.0.3' })).toThrow(/expected an OpenAPI 3.1 document/);
  });
});
