import createClient from 'openapi-fetch';
import { expect, test } from 'vitest';
import type { SignedPaths } from '../client/session-client-types.js';
import { BodySourceRequest, signingMiddleware } from './signing-middleware.js';
import type { AsyncSigningCrypto } from './web-signing-crypto.js';
import { webSigningCrypto } from './web-signing-crypto.js';

const NOW = new Date('2026-04-01T20:18:47Z');
const credentials = { username: 'mw-user', secret: 'mw-secret' };
const path = '/api/v1/sessions/point-in-time/plugin';
const body = { participant_unique_id1: 'p-1', recipient_information: { first_name: 'Zoë', city: 'Zürich' } };

/** The headers the middleware sends for one POST, with the given crypto. */
async function sentHeaders(
  crypto?: AsyncSigningCrypto,
  RequestClass?: typeof Request,
): Promise<Record<string, string>> {
  let sent: Headers | undefined;
  const client = createClient<SignedPaths>({
    baseUrl: 'http://ingo.test',
    ...(RequestClass && { Request: RequestClass }),
    fetch: async (request) => {
      sent = request.headers;
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
  client.use(signingMiddleware({ ...credentials, now: () => NOW, ...(crypto && { crypto }) }));
  await client.POST(path, { body });
  return Object.fromEntries(sent!);
}

test.each([
  ['a plain Request', undefined],
  ['a BodySourceRequest', BodySourceRequest],
])('with %s, an AsyncSigningCrypto is awaited and signs exactly as node:crypto does', async (_, RequestClass) => {
  const calls: string[] = [];
  const counting: AsyncSigningCrypto = {
    ...webSigningCrypto,
    digest: (hash, data) => (calls.push('digest'), webSigningCrypto.digest(hash, data)),
    hmac: (hash, key, message) => (calls.push('hmac'), webSigningCrypto.hmac(hash, key, message)),
  };
  const viaWeb = await sentHeaders(counting, RequestClass);
  expect(calls).toEqual(['digest', 'hmac']);
  expect(viaWeb).toEqual(await sentHeaders(undefined, RequestClass));
  expect(viaWeb.authorization).toMatch(
    /^hmac username="mw-user", algorithm="hmac-sha512", headers="request-line x-date content-type content-length content-sha512", signature="[A-Za-z0-9+/]{86}=="$/,
  );
});
