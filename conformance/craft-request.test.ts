import { expect, test } from 'vitest';
import { verifyRequest } from '../src/signing/verify-request.js';
import type { CaseContext, CaseRequest } from './conformance-case.js';
import { craftRequest } from './craft-request.js';
import { minimalRequestBody } from './spec-facts.js';

const at = new Date('2026-04-01T20:18:47Z');
const ctx: CaseContext = {
  credentials: { username: 'alice', secret: 'alice-secret' },
  now: () => at,
  key: 'key-1',
  otherKey: 'key-2',
};

function verify(request: CaseRequest) {
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  if (!request.streamBody) headers['content-length'] ??= String(request.body.byteLength);
  return verifyRequest(
    { method: request.method, path: request.path, headers, body: request.body },
    (user) => (user === 'alice' ? 'alice-secret' : undefined),
    { now: at },
  );
}

test('by default it is a correct signed request with the minimal body and the case key', async () => {
  const request = await craftRequest(ctx);
  expect(await verify(request)).toEqual({ ok: true, username: 'alice', algorithm: 'hmac-sha512' });
  expect(JSON.parse(Buffer.from(request.body).toString())).toEqual(minimalRequestBody());
  expect(request.headers).toMatchObject({
    'X-Date': 'Wed, 01 Apr 2026 20:18:47 GMT',
    'Content-Type': 'application/json',
    'Idempotency-Key': 'key-1',
  });
  expect(request.streamBody).toBeUndefined();
  expect((await craftRequest(ctx, { idempotencyKey: null })).headers).not.toHaveProperty('Idempotency-Key');
});

test('each option breaks the request in exactly one way', async () => {
  expect(await verify(await craftRequest(ctx, { omitHeaders: ['authorization'] }))).toMatchObject({
    reason: 'missing_authorization',
  });
  expect(await verify(await craftRequest(ctx, { omitHeaders: ['x-date'] }))).toMatchObject({
    reason: 'missing_signed_header',
  });
  expect(await verify(await craftRequest(ctx, { digestOf: 'other bytes' }))).toMatchObject({
    reason: 'digest_mismatch',
  });
  expect(await verify(await craftRequest(ctx, { body: '{"a":"b"}', wireBody: '{"a":"c"}' }))).toMatchObject({
    reason: 'digest_mismatch',
  });
  expect(await verify(await craftRequest(ctx, { credentials: { username: 'alice', secret: 'wrong' } }))).toMatchObject({
    reason: 'signature_mismatch',
  });
  expect(await verify(await craftRequest(ctx, { now: new Date(at.getTime() - 400_000) }))).toMatchObject({
    reason: 'stale_date',
  });
  expect(
    await verify(
      await craftRequest(ctx, { headerOrder: ['request-line', 'x-date', 'content-type', 'content-sha512'] }),
    ),
  ).toMatchObject({ reason: 'header_not_signed' });
  expect(await verify(await craftRequest(ctx, { algorithm: 'hmac-sha256' }))).toEqual({
    ok: true,
    username: 'alice',
    algorithm: 'hmac-sha256',
  });
  expect((await craftRequest(ctx, { setHeaders: { Authorization: 'Bearer x' } })).headers.Authorization).toBe(
    'Bearer x',
  );
});

test('omitting Content-Length streams the body, since fetch would otherwise send one', async () => {
  const request = await craftRequest(ctx, { omitHeaders: ['Content-Length'] });
  expect(request.streamBody).toBe(true);
  expect(Object.keys(request.headers).map((name) => name.toLowerCase())).not.toContain('content-length');
  expect(await verify(request)).toMatchObject({ reason: 'missing_signed_header' });
});
