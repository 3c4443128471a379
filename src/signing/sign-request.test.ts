import { describe, expect, test } from 'vitest';
import { signingConfig } from '../spec/signing-config.js';
import { parseAuthorization } from './authorization-header.js';
import { signRequest, type SignableRequest } from './sign-request.js';
import type { SigningCrypto } from './signing-crypto.js';
import { isSigningError } from './signing-error.js';

const now = new Date(Date.UTC(2020, 0, 17, 19, 59, 29));
const credentials = { username: 'test', secret: 'test-secret' };
const request: SignableRequest = { method: 'POST', path: '/api/v1/sessions/point-in-time/plugin', body: '{"a":"é"}' };

describe('signRequest', () => {
  test('returns exactly the five headers to send, spelt as the spec spells them', async () => {
    const headers = await signRequest(request, credentials, { now });
    expect(Object.keys(headers)).toEqual([
      'X-Date',
      'Content-Type',
      'Content-Length',
      'Content-sha512',
      'Authorization',
    ]);
    expect(headers['X-Date']).toBe('Fri, 17 Jan 2020 19:59:29 GMT');
    expect(headers['Content-Type']).toBe('application/json');
    expect(headers['Content-Length']).toBe('10');
    expect(parseAuthorization(headers.Authorization!)).toMatchObject({
      username: 'test',
      algorithm: 'hmac-sha512',
      headers: signingConfig.defaultHeaderOrder,
    });
  });

  test('signs the same bytes the same way whether given as text or bytes', async () => {
    const fromText = await signRequest(request, credentials, { now });
    expect(
      await signRequest({ ...request, body: new TextEncoder().encode('{"a":"é"}') }, credentials, { now }),
    ).toEqual(fromText);
    expect(await signRequest({ ...request, body: Buffer.from('{"a":"é"}') }, credentials, { now })).toEqual(fromText);
  });

  test('legacy hmac-sha256 sends Content-sha256 and signs it where the order names the digest', async () => {
    const headers = await signRequest(request, credentials, {
      now,
      algorithm: 'hmac-sha256',
      headerOrder: signingConfig.alternateHeaderOrder,
    });
    expect(Object.keys(headers)).toEqual([
      'X-Date',
      'Content-Type',
      'Content-Length',
      'Content-sha256',
      'Authorization',
    ]);
    expect(parseAuthorization(headers.Authorization!)).toMatchObject({
      algorithm: 'hmac-sha256',
      headers: ['request-line', 'x-date', 'content-type', 'content-sha256', 'content-length'],
    });
  });

  test('passes the exact body bytes and the signing string to the injected crypto', async () => {
    const calls: unknown[][] = [];
    const fake: SigningCrypto = {
      digest: (hash, data) => (calls.push(['digest', hash, data]), 'DIGEST'),
      hmac: (hash, key, message) => (calls.push(['hmac', hash, key, message]), 'SIG'),
    };
    const body = Buffer.from('{"x":1}');
    const headers = await signRequest(
      { ...request, body, path: '/p?q=1', contentType: 'application/json; charset=utf-8' },
      credentials,
      { now, crypto: fake },
    );
    expect(calls).toEqual([
      ['digest', 'sha512', body],
      [
        'hmac',
        'sha512',
        'test-secret',
        'POST /p?q=1 HTTP/1.1\nx-date: Fri, 17 Jan 2020 19:59:29 GMT\ncontent-type: application/json; charset=utf-8\ncontent-length: 7\ncontent-sha512: DIGEST',
      ],
    ]);
    expect(headers['Content-sha512']).toBe('DIGEST');
    expect(headers.Authorization).toBe(
      'hmac username="test", algorithm="hmac-sha512", headers="request-line x-date content-type content-length content-sha512", signature="SIG"',
    );
  });

  test('signs further headers named in the order, by any case; its own values win', async () => {
    const seen: string[] = [];
    const fake: SigningCrypto = {
      digest: () => 'D',
      hmac: (_h, _k, message) => (seen.push(message), 'S'),
    };
    await signRequest({ ...request, headers: { 'Idempotency-Key': 'k-1', 'X-Date': 'forged' } }, credentials, {
      now,
      crypto: fake,
      headerOrder: ['x-date', 'idempotency-key'],
    });
    expect(seen).toEqual(['x-date: Fri, 17 Jan 2020 19:59:29 GMT\nidempotency-key: k-1']);
  });

  test('is deterministic for fixed inputs', async () => {
    expect(await signRequest(request, credentials, { now })).toEqual(await signRequest(request, credentials, { now }));
  });

  test.each([
    [
      'an unknown algorithm',
      {},
      { algorithm: 'hmac-sha1' },
      /cannot sign with algorithm "hmac-sha1": use one of hmac-sha512, hmac-sha256/,
    ],
    ['an empty secret', { secret: '' }, {}, /the secret is empty/],
    ['an invalid clock', {}, { now: new Date(Number.NaN) }, /the date is invalid/],
    [
      'a header in the order without a value',
      {},
      { headerOrder: ['request-line', 'idempotency-key'] },
      /"idempotency-key": the request has no value/,
    ],
    ['an empty order', {}, { headerOrder: [] }, /at least one header/],
    ['a username with a quote', { username: 'a"b' }, {}, /username must be non-empty printable ASCII/],
  ])('refuses %s with a SigningError', async (_what, credentialChange, options, message) => {
    const error = await signRequest(request, { ...credentials, ...credentialChange }, options as never).catch(
      (e: unknown) => e,
    );
    expect(String(error)).toMatch(message);
    expect(isSigningError(error)).toBe(true);
    expect(String(error)).not.toContain('test-secret');
  });

  test('refuses a full URL or a relative path, naming the problem', async () => {
    await expect(signRequest({ ...request, path: 'https://iip.example/api' }, credentials, { now })).rejects.toThrow(
      /path must start with "\/"/,
    );
    await expect(signRequest({ ...request, path: '/a b' }, credentials, { now })).rejects.toThrow(/percent-encode/);
  });
});
