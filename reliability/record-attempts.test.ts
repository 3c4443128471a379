import { describe, expect, test } from 'vitest';
import { createSessionClient } from '../src/client/create-session-client.js';
import { recordAttempts } from './record-attempts.js';
import { makeSessionBody, reliabilityCredentials, reliabilityFixedNow } from './reliability-fixtures.js';

describe('recordAttempts', () => {
  test("records each attempt's call tag, the key the client minted, the signature and the status", async () => {
    let answers = 0;
    const { fetch, attempts } = recordAttempts(async () => new Response('{}', { status: answers++ === 0 ? 503 : 400 }));
    const client = createSessionClient({
      ...reliabilityCredentials,
      baseUrl: 'http://ingo.test',
      fetch,
      retries: 3,
      rateLimit: false,
      now: () => new Date(reliabilityFixedNow),
      sleep: async () => {},
      randomUUID: () => 'minted-key',
    });
    await client.createSession(makeSessionBody('call-7')).catch(() => undefined);
    expect(attempts).toHaveLength(2);
    expect(attempts.map((a) => [a.tag, a.idempotencyKey, a.httpStatus])).toEqual([
      ['call-7', 'minted-key', 503],
      ['call-7', 'minted-key', 400],
    ]);
    expect(attempts[0]!.signature).toMatch(/^[A-Za-z0-9+/]{86}==$/);
  });

  test('an attempt with no answer keeps an undefined status and the rejection passes through', async () => {
    const failure = new TypeError('fetch failed');
    const { fetch, attempts } = recordAttempts(async () => {
      throw failure;
    });
    const request = new Request('http://ingo.test/x', {
      method: 'POST',
      body: 'not json',
      headers: { 'idempotency-key': 'k', authorization: 'Bearer x' },
    });
    await expect(fetch(request)).rejects.toBe(failure);
    expect(attempts).toEqual([{ tag: undefined, idempotencyKey: 'k', signature: undefined, httpStatus: undefined }]);
  });
});
