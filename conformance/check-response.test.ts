import { expect, test } from 'vitest';
import { spec } from '../generated/spec.js';
import { checkResponse, preview, type ObservedResponse } from './check-response.js';
import { createSchemaCache } from '../src/spec/create-schema-cache.js';

const validators = createSchemaCache();
const examples = spec.components.examples;
const check = (response: Partial<ObservedResponse> & { body?: unknown }) =>
  checkResponse(
    { status: 200, contentType: 'application/json', text: JSON.stringify(response.body), ...response },
    validators,
  );
const names = (result: ReturnType<typeof check>) => result.failures.map((f) => f.check);

test("the spec's own examples pass every check under their status", () => {
  for (const [status, example] of [
    [200, examples.Created],
    [200, examples.Replayed],
    [200, examples.RejectedInEnvelope],
    [401, examples.StaleDate],
    [422, examples.KeyReused],
    [503, examples.Unavailable],
  ] as const) {
    const result = check({ status, body: example.value, contentType: 'application/json; charset=utf-8' });
    expect([status, example.summary, result.failures]).toEqual([
      status,
      example.summary,
      status === 503 ? [expect.objectContaining({ check: 'no-5xx' })] : [],
    ]);
    expect(result.body).toEqual(example.value);
  }
});

test('an undocumented status, a wrong media type and a non-JSON body each fail their own check', () => {
  expect(names(check({ status: 418, body: { status: 418, client_message: 'teapot' } }))).toEqual(['status-documented']);
  expect(check({ body: examples.Created.value, contentType: 'text/html' }).failures).toEqual([
    { check: 'content-type', message: 'Content-Type is "text/html", expected application/json' },
  ]);
  expect(check({ body: examples.Created.value, contentType: null }).failures[0]!.message).toBe(
    'Content-Type is missing, expected application/json',
  );
  expect(check({ status: 400, text: '<html>oops</html>' }).failures).toEqual([
    { check: 'body-schema', message: 'the body is not JSON: <html>oops</html>' },
  ]);
});

test('schema failures name the closest branch of an anyOf and give JSON pointers with expected and received', () => {
  const body = {
    ...examples.Created.value,
    time: '0.8',
    data: { ...examples.Created.value.data, authorized_url: 'not a url' },
  };
  const [failure] = check({ body }).failures;
  expect(failure!.check).toBe('body-schema');
  expect(failure!.issues).toEqual([
    {
      path: '/data/authorized_url',
      rule: 'format',
      message: 'must match format "uri"',
      expected: 'uri',
      received: 'not a url',
    },
    { path: '/time', rule: 'type', message: 'must be number', expected: 'number', received: '0.8' },
  ]);
  expect(failure!.message).toBe(
    'the body does not match SessionCreated (HTTP 200): /data/authorized_url must match format "uri", expected "uri", received "not a url"; /time must be number, expected "number", received "0.8"',
  );
  const error = check({ status: 401, body: { status: 401, time: 'late' } }).failures[0]!;
  expect(error.message).toMatch(
    /^the body does not match ErrorEnvelope \(HTTP 401\): \/client_message must have required property.*\/time must be number/,
  );
});

test('a body or header that breaks only example-derived or assumed constraints is a warning naming the spec rows', () => {
  // client_message in an error body is this project's assumption.
  const bare = check({ status: 401, body: { status: 401 } });
  expect(bare.failures).toEqual([]);
  expect(bare.warnings).toEqual([
    expect.objectContaining({
      check: 'body-schema',
      message: expect.stringMatching(
        /\[spec: #\/components\/schemas\/ErrorEnvelope required\/client_message \(assumption\)\]$/,
      ),
      sources: [expect.objectContaining({ kind: 'assumption', keyword: 'required', entry: 'client_message' })],
    }),
  ]);
  // A numeric session id and no participant_unique_id1 echo: only Ingo's example shows their shape.
  const { participant_unique_id1: _id, ...data } = examples.Created.value.data;
  const loose = check({ body: { ...examples.Created.value, data: { ...data, session_identifier: 7 } } });
  expect(loose.failures).toEqual([]);
  expect(
    loose.warnings.map((w) => w.sources!.map((s) => `${s.keyword}${s.entry ? `/${s.entry}` : ''}:${s.kind}`)),
  ).toEqual([['required/participant_unique_id1:example', 'type:example']]);
  // A session id that is no UUID is no warning at all: the spec does not claim one.
  expect(
    check({ body: { ...examples.Created.value, data: { ...examples.Created.value.data, session_identifier: 'S-1' } } }),
  ).toMatchObject({ failures: [], warnings: [] });
  // Documented facts stay failures: authorized_url is documented.
  const { authorized_url: _url, ...noUrl } = examples.Created.value.data;
  expect(check({ body: { ...examples.Created.value, data: noUrl } }).failures.map((f) => f.check)).toEqual([
    'body-schema',
  ]);
  // Headers: Date on 401 is required by an assumption, so its absence warns; present, nothing.
  const headers = (entries: Record<string, string>) => new Headers(entries);
  const unauthorized = { status: 401, body: examples.BadSignature.value };
  expect(check({ ...unauthorized, headers: headers({}) }).warnings).toEqual([
    expect.objectContaining({
      check: 'headers',
      message: expect.stringMatching(
        /^HTTP 401 without the Date header the spec requires \[spec: #\/components\/headers\/Date required\]$/,
      ),
    }),
  ]);
  expect(check({ ...unauthorized, headers: headers({ date: 'Wed, 01 Apr 2026 20:18:47 GMT' }) }).warnings).toEqual([]);
});

test('the envelope status must fit the HTTP status', () => {
  const messages = (status: number, body: unknown) =>
    check({ status, body })
      .failures.filter((f) => f.check === 'envelope-consistent')
      .map((f) => f.message);
  expect(messages(401, { status: 100, client_message: 'Success', time: 0 })).toEqual([
    'HTTP 401 with the success status 100: an error response must carry an error status',
  ]);
  expect(messages(200, { status: 105, client_message: 'x', data: {}, time: 0 })).toEqual([
    'HTTP 200 with status 105: a success must be 100 or 101',
  ]);
  expect(messages(200, { status: 100, client_message: 'Success', time: 0 })).toEqual([
    'HTTP 200 with status 100 but no "data" object',
  ]);
  expect(messages(400, { error: 'bad' })).toEqual(['HTTP 400 without an envelope: the body has no numeric "status"']);
  expect(messages(200, examples.RejectedInEnvelope.value)).toEqual([]);
});

test('an already parsed body (openapi-fetch) is checked the same way', () => {
  expect(
    checkResponse({ status: 200, contentType: 'application/json', parsed: examples.Created.value }, validators)
      .failures,
  ).toEqual([]);
  expect(
    checkResponse({ status: 200, contentType: 'application/json', parsed: { status: 100 } }, validators).failures.map(
      (f) => f.check,
    ),
  ).toEqual(['body-schema', 'envelope-consistent']);
});

test('preview keeps messages to one short line', () => {
  expect(preview('a\n  b')).toBe('a b');
  expect(preview('')).toBe('(empty)');
  expect(preview('a\x1b[31mred')).toBe('a\uFFFD[31mred');
  expect(preview('x'.repeat(200))).toHaveLength(120);
});

test('a success answered HTTP 201 is judged as the 200 it stands for, with a warning (HTTP 200 is an assumption)', () => {
  const created = examples.Created.value;
  const result = checkResponse(
    { status: 201, contentType: 'application/json', text: JSON.stringify(created) },
    validators,
  );
  expect(result.failures).toEqual([]);
  expect(result.warnings).toEqual([
    expect.objectContaining({
      check: 'status-documented',
      message: expect.stringMatching(/^HTTP 201 instead of 200 \[spec: .*httpStatus \(assumption\)\]$/),
    }),
  ]);
  expect(check({ status: 299, body: { status: 400, client_message: 'x', time: 0 } }).failures).toEqual([]);
});
