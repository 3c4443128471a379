import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { SigningError } from '../src/signing/signing-error.js';
import { verifyRequest } from '../src/signing/verify-request.js';
import { reliabilitySizes } from './reliability-sizes.js';
import { runHttpFuzz } from './run-http-fuzz.js';
import { runSigningFuzz } from './run-signing-fuzz.js';

// The hostile-input check at CI size (fixed seeds): the same runners `npm run reliability`
// uses with thousands of inputs.
describe('hostile input', () => {
  const { httpFuzz, signingFuzz } = reliabilitySizes.ci;

  test(`the mock's HTTP surface: ${httpFuzz.rawInputs} raw and ${httpFuzz.fetchInputs} fetch inputs, no 5xx, still answering`, async () => {
    const report = await runHttpFuzz(httpFuzz);
    expect(report.failures).toEqual([]);
    expect(report.fiveXx).toBe(0);
    expect(report.statusAfter).toBe(200);
    // The inputs reach past the signature check into JSON, schema and idempotency handling.
    expect(report.statuses['400']).toBeGreaterThan(20);
    expect(report.statuses['200']).toBeGreaterThan(0);
  });

  test(`parseAuthorization and verifyRequest: ${signingFuzz.inputs} inputs each, no exception escapes`, async () => {
    const report = await runSigningFuzz(signingFuzz);
    expect(report.failures).toEqual([]);
    expect(report.parseOutcomes).toEqual({ parsed: expect.any(Number), SigningError: expect.any(Number) });
    expect(report.verifyOutcomes.ok).toBeGreaterThan(0);
    expect(report.verifyOutcomes.threw).toBeUndefined();
  });

  test('negative control: a verifier that throws, a parser that throws TypeError, a server that answers 500 are all caught', async () => {
    const broken = await runSigningFuzz({
      inputs: 200,
      seed: 1,
      parse: (value) => {
        if (value.includes(',')) throw new TypeError('boom');
        throw new SigningError('no');
      },
      verify: (request, lookup, options) => {
        if (request.method !== 'POST') throw new RangeError('boom');
        return verifyRequest(request, lookup, options);
      },
    });
    expect(broken.failures).toHaveLength(2);
    const failing = await runHttpFuzz({
      ...httpFuzz,
      rawInputs: 20,
      fetchInputs: 20,
      start: async () => {
        const server = createServer(
          (request, response) =>
            void request.resume().on('end', () => response.writeHead(request.method === 'POST' ? 500 : 404).end()),
        );
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        return {
          url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
          close: () => new Promise<void>((resolve) => server.close(() => resolve())),
        };
      },
    });
    expect(failing.fiveXx).toBeGreaterThan(0);
    expect(failing.failures[0]).toMatch(/answers were 5xx/);
  });
});
