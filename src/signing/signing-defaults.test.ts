import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { parse } from 'yaml';
import { signingAlgorithms, signingConfig } from '../spec/signing-config.js';
import { parseAuthorization } from './authorization-header.js';
import { signRequest } from './sign-request.js';
import { verifyRequest } from './verify-request.js';

const document = parse(readFileSync(new URL('../../openapi/session-management.yaml', import.meta.url), 'utf8'));
const fromYaml = document.components.securitySchemes.IngoHmac['x-ingo-signing'];
const SIGNED_AT = Date.UTC(2020, 0, 17, 19, 59, 29);
const secret = 'test-secret';
const lookup = (name: string) => (name === 'test' ? secret : undefined);
const request = { method: 'POST', path: '/api/v1/sessions/point-in-time/plugin', body: '{}' };

/** Signs with every default of signRequest (the clock is the faked system time). */
async function signWithDefaults(extra: Parameters<typeof signRequest>[2] = {}) {
  const headers = await signRequest(request, { username: 'test', secret }, extra);
  return {
    ...request,
    headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])),
  };
}

describe('the signing constants are the spec', () => {
  test('signingConfig equals x-ingo-signing as written in the YAML', () => {
    expect(signingConfig).toEqual(fromYaml);
  });

  test('the YAML states what the reference documents', () => {
    expect(fromYaml).toMatchObject({
      authorizationScheme: 'hmac',
      defaultAlgorithm: 'hmac-sha512',
      legacyAlgorithm: 'hmac-sha256',
      clockSkewSeconds: 300,
      lineSeparator: '\n',
      requestLine: { pseudoHeader: 'request-line', httpVersion: 'HTTP/1.1' },
      defaultHeaderOrder: ['request-line', 'x-date', 'content-type', 'content-length', 'content-sha512'],
      alternateHeaderOrder: ['request-line', 'x-date', 'content-type', 'content-sha512', 'content-length'],
      requireAlgorithmDigestHeader: true,
    });
    expect(signingAlgorithms[0]).toBe(fromYaml.defaultAlgorithm);
  });
});

describe('signRequest and verifyRequest take their defaults from it', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(SIGNED_AT);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('signRequest: algorithm, header order, digest header, content type and the clock', async () => {
    const { headers } = await signWithDefaults();
    const authorization = parseAuthorization(headers.authorization!);
    expect(authorization.algorithm).toBe(fromYaml.defaultAlgorithm);
    expect(authorization.headers).toEqual(fromYaml.defaultHeaderOrder);
    expect(headers).toHaveProperty(fromYaml.algorithms[fromYaml.defaultAlgorithm].digestHeader);
    expect(headers['content-type']).toBe('application/json');
    expect(headers['x-date']).toBe('Fri, 17 Jan 2020 19:59:29 GMT');
  });

  test('verifyRequest: the clock and the skew, both ways, to the second', async () => {
    const signed = await signWithDefaults();
    expect((await verifyRequest(signed, lookup)).ok).toBe(true);
    vi.setSystemTime(SIGNED_AT + fromYaml.clockSkewSeconds * 1000);
    expect((await verifyRequest(signed, lookup)).ok).toBe(true);
    vi.setSystemTime(SIGNED_AT + fromYaml.clockSkewSeconds * 1000 + 1000);
    expect(await verifyRequest(signed, lookup)).toMatchObject({ ok: false, reason: 'stale_date' });
    vi.setSystemTime(SIGNED_AT - fromYaml.clockSkewSeconds * 1000 - 1000);
    expect(await verifyRequest(signed, lookup)).toMatchObject({ ok: false, reason: 'stale_date' });
  });

  test.each(fromYaml.requiredSignedHeaders as string[])('verifyRequest: requires %s to be signed', async (name) => {
    const order = fromYaml.defaultHeaderOrder.filter((each: string) => each !== name);
    expect(await verifyRequest(await signWithDefaults({ headerOrder: order }), lookup)).toMatchObject({
      ok: false,
      reason: 'header_not_signed',
    });
  });

  test('verifyRequest: accepts every algorithm of the spec, and requires its digest header', async () => {
    for (const algorithm of Object.keys(fromYaml.algorithms)) {
      expect(await verifyRequest(await signWithDefaults({ algorithm: algorithm as never }), lookup)).toMatchObject({
        ok: true,
        algorithm,
      });
      const digestHeader = fromYaml.algorithms[algorithm].digestHeader;
      const order = fromYaml.defaultHeaderOrder.filter((each: string) => !each.startsWith('content-sha'));
      expect(
        await verifyRequest(await signWithDefaults({ algorithm: algorithm as never, headerOrder: order }), lookup),
      ).toEqual({
        ok: false,
        reason: 'header_not_signed',
        message: `${digestHeader} must be listed in headers="…"`,
      });
    }
  });
});
