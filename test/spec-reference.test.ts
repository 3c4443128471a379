/**
 * The spec agrees with ../shared/reference/ingo-session-api.md: every field, limit, header, status
 * and protocol constant the reference lists is in the spec, and Ingo's own published example
 * (test/fixtures/ingo-docs-example.json) is valid against it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { spec } from '../generated/spec.js';
import { compileSpecSchema, createSpecAjv } from '../src/spec/create-spec-ajv.js';
import { findResponseSchemaPointer } from '../src/spec/find-response-schema.js';

const example = JSON.parse(readFileSync(new URL('./fixtures/ingo-docs-example.json', import.meta.url), 'utf8'));
const { schemas, parameters } = spec.components;
const operation = spec.paths['/api/v1/sessions/point-in-time/plugin'].post;
const ajv = createSpecAjv();

describe('spec vs reference', () => {
  test('servers, operation and security', () => {
    expect(spec.servers.map((s) => s.url)).toEqual([
      'https://iip-session-management-uat.ingo.money',
      'https://iip-session-management.ingo.money',
    ]);
    expect(operation.operationId).toBe('createSession');
    expect(spec.components.securitySchemes.IngoHmac).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
    });
  });

  test('request fields and their documented limits', () => {
    const body = schemas.CreateSessionRequest;
    expect(body.required).toEqual(['participant_unique_id1', 'recipient_information']);
    expect(body.properties.participant_unique_id1.maxLength).toBe(100);
    expect(body.properties.participant_unique_id2.maxLength).toBe(100);
    expect(body.properties.host_uri.maxLength).toBe(200);
    expect(schemas.LocaleCode.enum).toHaveLength(28);
    expect(schemas.LocaleCode.enum).toEqual(expect.arrayContaining(['hmn-Latn', 'zh-Hans', 'en-US', 'ar-SA', 'zh-TW']));
    expect(Object.keys(schemas.RecipientInformation.properties).sort()).toEqual([
      'address_line1',
      'business_name',
      'city',
      'email_address',
      'first_name',
      'last_name',
      'mobile_number',
      'open_banking',
      'phone_number',
      'state',
      'zip_code',
    ]);
    expect(Object.keys(schemas.OpenBanking.properties)).toEqual(['mobus_customer_id']);
  });

  test('headers', () => {
    // The caller's one parameter; the signing headers are described with the signing rule.
    expect(Object.values(parameters).map((p) => [p.name, p.required])).toEqual([['Idempotency-Key', false]]);
    const signed = spec.components.securitySchemes.IngoHmac['x-ingo-signing'].headerDefinitions;
    const byName = Object.fromEntries(Object.values(signed).map((h) => [h.name, h]));
    expect(Object.keys(byName).sort()).toEqual(['Content-Length', 'Content-sha256', 'Content-sha512', 'X-Date']);
    expect(byName['X-Date']!.required).toBe(true);
    expect(byName['Content-Length']!.required).toBe(true);
    // Exactly one digest header, the one matching the algorithm: neither is required on its own.
    expect(byName['Content-sha512']!.required).toBe(false);
    expect(byName['Content-sha256']!.required).toBe(false);
    expect(byName['Content-sha512']!.description).toMatch(
      /Exactly one digest header is sent, the one matching the `algorithm`/,
    );
    expect(parameters.IdempotencyKey.schema.maxLength).toBe(250);
  });

  test('statuses: HTTP codes of the decision table and envelope codes', () => {
    expect(Object.keys(operation.responses)).toEqual([
      '200',
      '400',
      '401',
      '409',
      '413',
      '415',
      '422',
      '429',
      '500',
      '502',
      '503',
      '504',
    ]);
    expect(schemas.SessionCreated.properties.status).toMatchObject({ minimum: 100, maximum: 110 });
    const errorCodes = schemas.ErrorEnvelope.properties.status.description;
    for (const code of ['400', '401', '402', '413', '415', '429', '13723']) expect(errorCodes).toContain(code);
    expect(spec.components.responses.TooManyRequests.headers).toHaveProperty('Retry-After');
  });

  test('x-ingo-signing carries every protocol constant', () => {
    const signing = spec.components.securitySchemes.IngoHmac['x-ingo-signing'];
    expect(signing).toMatchObject({
      authorizationScheme: 'hmac',
      defaultAlgorithm: 'hmac-sha512',
      legacyAlgorithm: 'hmac-sha256',
      clockSkewSeconds: 300,
      idempotency: { header: 'idempotency-key', windowSeconds: 7200, maxKeyLength: 250 },
      authorizedUrlLifetimeSeconds: 30,
      defaultHeaderOrder: ['request-line', 'x-date', 'content-type', 'content-length', 'content-sha512'],
      alternateHeaderOrder: ['request-line', 'x-date', 'content-type', 'content-sha512', 'content-length'],
    });
    expect(signing.idempotency.maxKeyLength).toBe(parameters.IdempotencyKey.schema.maxLength);
    expect(spec['x-ingo-limits'].requestsPerSecond).toBe(5);
  });

  test("Ingo's published request and response examples are valid against the spec", () => {
    const request = compileSpecSchema(ajv, '#/components/schemas/CreateSessionRequest');
    expect(request(example.request.body), JSON.stringify(request.errors)).toBe(true);
    const response = compileSpecSchema(ajv, findResponseSchemaPointer(example.response.http_status)!);
    expect(response(example.response.body), JSON.stringify(response.errors)).toBe(true);
  });

  test('every example in the spec is valid against its own schema', () => {
    const check = (pointer: string, value: unknown) => {
      const validate = compileSpecSchema(ajv, pointer);
      expect(validate(value), `${pointer}: ${JSON.stringify(validate.errors)}`).toBe(true);
    };
    for (const name of ['MinimalRequest', 'FullRequest'] as const)
      check('#/components/schemas/CreateSessionRequest', spec.components.examples[name].value);
    const responses: (readonly [
      string,
      {
        readonly content: {
          readonly 'application/json': { readonly examples: Readonly<Record<string, { readonly $ref: string }>> };
        };
      },
    ])[] = [
      ...Object.entries(spec.components.responses).map(
        ([name, response]) => [`#/components/responses/${name}/content/application~1json/schema`, response] as const,
      ),
      // HTTP 200 is written inline in the operation; its schema is a component.
      [operation.responses['200'].content['application/json'].schema.$ref, operation.responses['200']],
    ];
    for (const [pointer, response] of responses) {
      for (const ref of Object.values(response.content['application/json'].examples)) {
        const exampleName = ref.$ref.split('/').pop() as keyof typeof spec.components.examples;
        check(pointer, spec.components.examples[exampleName].value);
      }
    }
    for (const parameter of Object.values(parameters))
      check(
        `#/components/parameters/${Object.keys(parameters).find((k) => parameters[k as keyof typeof parameters] === parameter)}/schema`,
        parameter.example,
      );
    for (const [name, header] of Object.entries(
      spec.components.securitySchemes.IngoHmac['x-ingo-signing'].headerDefinitions,
    )) {
      check(`#/components/securitySchemes/IngoHmac/x-ingo-signing/headerDefinitions/${name}/schema`, header.example);
    }
  });
});
