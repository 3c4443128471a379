import { describe, expect, test } from 'vitest';
import { signRequest } from '../signing/sign-request.js';
import { verifyRequest } from '../signing/verify-request.js';
import { mockRoute } from './check-request-head.js';
import { describeVerificationFailure } from './describe-verification-failure.js';
import { FIXED_NOW, minimalBody } from '../../test-support/mock-test-kit.js';

function lowerCase(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

async function failureOf(headers: Record<string, string>) {
  const result = await verifyRequest(
    { method: 'POST', path: mockRoute.path, headers, body: minimalBody },
    () => 'right-secret',
    { now: FIXED_NOW },
  );
  if (result.ok) throw new Error('expected a failure');
  return describeVerificationFailure({ method: 'POST', target: mockRoute.path, headers }, result, FIXED_NOW);
}

describe('describeVerificationFailure', () => {
  test('rebuilds the signing string and the skew, without secret or signature', async () => {
    const signed = lowerCase(
      await signRequest(
        { method: 'POST', path: mockRoute.path, body: minimalBody },
        { username: 'u', secret: 'wrong-secret' },
        { now: new Date(FIXED_NOW - 5000) },
      ),
    );
    const event = await failureOf(signed);
    expect(event).toMatchObject({
      type: 'verification_failed',
      reason: 'signature_mismatch',
      username: 'u',
      algorithm: 'hmac-sha512',
      skewSeconds: -5,
    });
    expect(event.type === 'verification_failed' && event.signingString).toBe(
      [
        `POST ${mockRoute.path} HTTP/1.1`,
        `x-date: ${signed['x-date']}`,
        'content-type: application/json',
        `content-length: ${signed['content-length']}`,
        `content-sha512: ${signed['content-sha512']}`,
      ].join('\n'),
    );
    const text = JSON.stringify(event);
    expect(text).not.toContain('secret');
    expect(text).not.toContain(/signature="([^"]+)"/.exec(signed.authorization!)![1]);
  });

  test('redacts an Authorization value that a client listed among its signed headers', async () => {
    const headers = {
      'x-date': new Date(FIXED_NOW).toUTCString(),
      authorization:
        'hmac username="u", algorithm="hmac-sha512", headers="request-line x-date authorization", signature="c2VjcmV0LXNpZw=="',
    };
    const text = JSON.stringify(await failureOf(headers));
    expect(text).not.toContain('c2VjcmV0LXNpZw==');
  });

  test('a malformed Authorization gives the reason only', async () => {
    const event = await failureOf({ authorization: 'Bearer abc' });
    expect(event).toEqual({
      type: 'verification_failed',
      at: FIXED_NOW,
      reason: 'malformed_authorization',
      message: expect.any(String),
    });
  });
});
