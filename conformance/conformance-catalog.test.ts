import { expect, test } from 'vitest';
import { compileSpecSchema, createSpecAjv } from '../src/spec/create-spec-ajv.js';
import { specLimits } from '../src/spec/signing-config.js';
import { toValidationIssues } from '../src/spec/to-validation-issues.js';
import { verifyRequest } from '../src/signing/verify-request.js';
import { createCatalog, optInTags } from './conformance-catalog.js';
import { caseSteps, type CaseContext, type CaseRequest } from './conformance-case.js';
import { localeCodes } from './spec-facts.js';

const at = new Date('2026-04-01T20:18:47Z');
const ctx: CaseContext = {
  credentials: { username: 'alice', secret: 'alice-secret' },
  now: () => at,
  key: '7c1f6a0e-5d0b-4d0f-9b43-2f7f0b0c9a11',
  otherKey: 'f1e2d3c4-0000-4000-8000-000000000002',
};
const catalog = createCatalog();
const validateBody = compileSpecSchema(createSpecAjv(), '#/components/schemas/CreateSessionRequest');

function verify(request: CaseRequest) {
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return verifyRequest(
    { method: request.method, path: request.path, headers, body: request.body },
    (user) => (user === 'alice' ? 'alice-secret' : undefined),
    { now: at },
  );
}
const bodyIssues = (request: CaseRequest) => {
  let body: unknown;
  try {
    // Decoded strictly: a body that is not UTF-8 is not JSON either.
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(request.body));
  } catch {
    return ['(not JSON)'];
  }
  return validateBody(body)
    ? []
    : toValidationIssues(validateBody.errors, body).map((issue) => `${issue.path} ${issue.rule}`);
};

test('ids are unique kebab-case; every case has a title and tags; legacy is the only opt-in', () => {
  expect(new Set(catalog.map((c) => c.id)).size).toBe(catalog.length);
  for (const c of catalog) {
    expect(c.id).toMatch(/^[a-z0-9_]+(-[a-z0-9_]+)*$/);
    expect(c.title.length).toBeGreaterThan(10);
    expect(c.tags.length).toBeGreaterThan(0);
  }
  expect(optInTags).toEqual(['legacy']);
  expect(catalog.filter((c) => c.tags.includes('legacy')).map((c) => c.id)).toEqual(['legacy-hmac-sha256']);
});

test('one case per locale of the spec enum, each sending that locale', async () => {
  const localeCases = catalog.filter((c) => c.tags.includes('locale'));
  expect(localeCases).toHaveLength(localeCodes.length);
  const requests = await Promise.all(localeCases.map((c) => c.build(ctx)));
  expect(requests.map((r) => JSON.parse(Buffer.from(r.body).toString()).language_locale_code)).toEqual(localeCodes);
});

test('every request a positive step sends is correctly signed and schema-valid', async () => {
  for (const c of catalog) {
    for (const step of caseSteps(c)) {
      if (step.expect.outcome === 'rejected') continue;
      const request = await step.build(ctx);
      expect([c.id, (await verify(request)).ok]).toEqual([c.id, true]);
      expect([c.id, bodyIssues(request)]).toEqual([c.id, []]);
    }
  }
});

test('each authentication case breaks the signature in exactly the way its id says', async () => {
  const reasons = Object.fromEntries(
    await Promise.all(
      catalog
        .filter((c) => c.tags.includes('auth') && c.expect.outcome === 'rejected')
        .map(async (c) => {
          const request = await c.build(ctx);
          expect([c.id, bodyIssues(request)]).toEqual([c.id, []]);
          const verdict = await verify(request);
          return [c.id, verdict.ok ? 'accepted' : verdict.reason];
        }),
    ),
  );
  expect(reasons).toEqual({
    'no-authorization': 'missing_authorization',
    'malformed-authorization': 'malformed_authorization',
    'bearer-authorization': 'malformed_authorization',
    'wrong-secret': 'signature_mismatch',
    'unknown-username': 'unknown_username',
    'unsupported-algorithm': 'unsupported_algorithm',
    'missing-header-x-date': 'missing_signed_header',
    'missing-header-content-type': 'missing_signed_header',
    'missing-header-content-length': 'missing_signed_header',
    'missing-header-content-sha512': 'missing_signed_header',
    'unsigned-request-line': 'header_not_signed',
    'unsigned-x-date': 'header_not_signed',
    'unsigned-content-type': 'header_not_signed',
    'unsigned-content-length': 'header_not_signed',
    'unsigned-content-sha512': 'header_not_signed',
    'tampered-body': 'digest_mismatch',
    'wrong-content-sha512': 'digest_mismatch',
    'stale-x-date': 'stale_date',
    'future-x-date': 'stale_date',
    // The lenient-mistake cases (lenient-mistakes.ts).
    'authorization-other-scheme': 'malformed_authorization',
    'authorization-without-headers': 'malformed_authorization',
    'signature-without-padding': 'signature_mismatch',
    'x-date-iso-8601': 'invalid_date',
    'x-date-numeric-zone': 'invalid_date',
    'digest-in-hex': 'digest_mismatch',
    'sha512-with-sha256-digest': 'header_not_signed',
  });
});

test('each validation case is correctly signed and breaks the body, media type, size or key as its id says', async () => {
  const broken = Object.fromEntries(
    await Promise.all(
      catalog
        .filter((c) => c.tags[0] === 'validation')
        .map(async (c) => {
          const request = await c.build(ctx);
          expect([c.id, (await verify(request)).ok]).toEqual([c.id, true]);
          return [c.id, bodyIssues(request)];
        }),
    ),
  );
  expect(broken).toEqual({
    'wrong-content-type': [],
    'malformed-json': ['(not JSON)'],
    'participant_unique_id1-over-max-length': ['/participant_unique_id1 maxLength'],
    'participant_unique_id1-under-min-length': ['/participant_unique_id1 minLength'],
    'participant_unique_id2-over-max-length': ['/participant_unique_id2 maxLength'],
    'host_uri-over-max-length': ['/host_uri maxLength'],
    'missing-participant_unique_id1': ['/participant_unique_id1 required'],
    'missing-recipient_information': ['/recipient_information required'],
    'locale-outside-enum': ['/language_locale_code enum'],
    'idempotency-key-too-long': [],
    'body-too-large': [],
    // The lenient-mistake cases (lenient-mistakes.ts).
    'json-single-quotes': ['(not JSON)'],
    'json-with-nan': ['(not JSON)'],
    'json-trailing-comma': ['(not JSON)'],
    'invalid-utf8-body': ['(not JSON)'],
    'utf16-body': ['(not JSON)'],
    'host_uri-without-scheme': ['/host_uri pattern', '/host_uri format'],
    'locale-wrong-case': ['/language_locale_code enum'],
  });
  const byId = (id: string) => catalog.find((c) => c.id === id)!.build(ctx);
  expect((await byId('wrong-content-type')).headers['Content-Type']).toBe('text/plain');
  expect((await byId('idempotency-key-too-long')).headers['Idempotency-Key']).toHaveLength(251);
  expect((await byId('body-too-large')).body.byteLength).toBe(specLimits.maxBodyBytes + 1);
  expect((await byId('host_uri-over-max-length')).body.byteLength).toBeGreaterThan(200);
});

test('idempotency cases reuse the case key with the same body, then a different body, then a new key', async () => {
  const steps = (id: string) =>
    Promise.all(caseSteps(catalog.find((c) => c.id === id)!).map((step) => step.build(ctx)));
  const summary = (requests: CaseRequest[]) =>
    requests.map((r) => [
      r.headers['Idempotency-Key'],
      JSON.parse(Buffer.from(r.body).toString()).participant_unique_id2 ?? null,
    ]);
  expect(summary(await steps('idempotent-replay'))).toEqual([
    [ctx.key, null],
    [ctx.key, null],
  ]);
  expect(summary(await steps('key-reused-with-different-body'))).toEqual([
    [ctx.key, null],
    [ctx.key, 'different-body'],
  ]);
  expect(summary(await steps('new-key-after-different-body'))).toEqual([
    [ctx.key, null],
    [ctx.key, 'different-body'],
    [ctx.otherKey, 'different-body'],
  ]);
});
