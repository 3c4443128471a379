import createClient from 'openapi-fetch';
import { beforeAll, describe, expect, test } from 'vitest';
import type { paths } from '../generated/session-management.js';
import { spec } from '../generated/spec.js';
import { createMockHandler } from '../src/mock/create-mock-handler.js';
import { installMatchers } from './install-matchers.js';
import { toSatisfyApiSpec } from './to-satisfy-api-spec.js';

const created = spec.components.examples.Created.value;
const json = (status: number, body: unknown, contentType = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });

beforeAll(() => installMatchers());

describe('expect(response).toSatisfyApiSpec()', () => {
  test('passes for documented responses and leaves the caller’s body unread', async () => {
    const response = json(200, created);
    await expect(response).toSatisfyApiSpec();
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual(created);
    await expect(json(422, spec.components.examples.KeyReused.value)).toSatisfyApiSpec();
    // A documented 5xx satisfies the spec: "no 5xx" is a rule of the conformance cases only.
    await expect(json(503, spec.components.examples.Unavailable.value)).toSatisfyApiSpec();
  });

  test('fails with JSON pointers, expected and received values', async () => {
    const broken = json(200, { ...created, time: 'fast', data: { ...created.data, authorized_url: 'tomorrow' } });
    const error = await expect(broken)
      .toSatisfyApiSpec()
      .then(
        () => undefined,
        (caught: Error) => caught,
      );
    expect(error?.message).toBe(
      [
        'expected the HTTP 200 response to satisfy the API spec:',
        '  - [body-schema] the body does not match the schema:',
        '      /data/authorized_url must match format "uri", expected "uri", received "tomorrow"',
        '      /time must be number, expected "number", received "fast"',
      ].join('\n'),
    );
    await expect(
      expect(json(404, { status: 404, client_message: 'x' }, 'text/plain')).toSatisfyApiSpec(),
    ).rejects.toThrow(
      'expected the HTTP 404 response to satisfy the API spec:\n  - [status-documented] HTTP 404 is not a status the spec documents\n  - [content-type] Content-Type is "text/plain", expected application/json',
    );
  });

  test('.not works, and anything that is not a response is refused clearly', async () => {
    await expect(json(200, { status: 100 })).not.toSatisfyApiSpec();
    await expect(expect(json(200, created)).not.toSatisfyApiSpec()).rejects.toThrow(
      'expected the HTTP 200 response not to satisfy the API spec, but it does',
    );
    await expect(expect({ status: 200 }).toSatisfyApiSpec()).rejects.toThrow(
      'toSatisfyApiSpec expects a fetch Response or an openapi-fetch result { data, error, response }, not Object',
    );
    const result = await toSatisfyApiSpec.call(undefined, 'text');
    expect(result.pass).toBe(false);
    expect(result.message()).toMatch(/, not string$/);
  });

  test('accepts openapi-fetch results, whose body openapi-fetch has already read', async () => {
    const mock = createMockHandler();
    const client = createClient<paths>({ baseUrl: 'http://mock.invalid', fetch: mock });
    // Unsigned on purpose: the mock's 401 error envelope is a documented response.
    const unsigned = await client.POST('/api/v1/sessions/point-in-time/plugin', {
      body: { participant_unique_id1: 'p', recipient_information: {} },
    } as never);
    expect(unsigned.response.status).toBe(401);
    await expect(unsigned).toSatisfyApiSpec();
    const drifted = createClient<paths>({
      baseUrl: 'http://x.invalid',
      fetch: async () => json(200, { ...created, data: { ...created.data, session_identifier: 42 } }),
    });
    const result = await drifted.POST('/api/v1/sessions/point-in-time/plugin', {
      body: { participant_unique_id1: 'p', recipient_information: {} },
    } as never);
    await expect(expect(result).toSatisfyApiSpec()).rejects.toThrow(
      '/data/session_identifier must be string, expected "string", received 42',
    );
  });
});

test('installMatchers also extends a given expect', async () => {
  const registered: string[] = [];
  await installMatchers({ extend: (matchers) => void registered.push(...Object.keys(matchers)) });
  expect(registered).toEqual(['toSatisfyApiSpec']);
});

describe('toSatisfyApiSpec reads a body through the suite’s capped reader', () => {
  test('an endless body, or one nested deeper than the spec allows, fails the assertion with a named reason', async () => {
    const endless = new Response(
      new ReadableStream({ pull: (controller) => controller.enqueue(new Uint8Array(64 * 1024).fill(0x20)) }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    );
    const tooLarge = await toSatisfyApiSpec.call(undefined, endless);
    expect(tooLarge.pass).toBe(false);
    expect(tooLarge.message()).toMatch(
      /^expected the HTTP 200 response to satisfy the API spec, but its body could not be read: answer larger than 16384 bytes/,
    );
    const deep = await toSatisfyApiSpec.call(
      undefined,
      json(401, { status: 401, client_message: 'deep', junk: JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) }),
    );
    expect(deep.pass).toBe(false);
    expect(deep.message()).toMatch(/its body could not be read: answer nested deeper than 32 levels \(HTTP 401/);
  });
});
