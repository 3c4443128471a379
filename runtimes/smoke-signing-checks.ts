import type * as IngoSession from '../src/index.js';
import { assert } from './smoke-assert.js';
import type { SmokeInput, SmokeVector } from './smoke-checks.js';

/**
 * The smoke checks of the signer and verifier: the golden vectors with the default crypto
 * (node:crypto where the runtime has it, WebCrypto elsewhere), and with a WebCrypto SigningCrypto
 * injected, which must give the same headers byte for byte.
 */
export const signingChecks: Record<'vectors' | 'vectors-webcrypto', (input: SmokeInput) => Promise<string>> = {
  async vectors({ lib, vectors }) {
    await checkVectors(lib, vectors, undefined);
    return `${vectors.length} vectors signed and verified`;
  },

  async 'vectors-webcrypto'({ lib, vectors }) {
    await checkVectors(lib, vectors, subtleCrypto);
    return `${vectors.length} vectors signed and verified`;
  },
};

async function checkVectors(
  lib: typeof IngoSession,
  vectors: readonly SmokeVector[],
  crypto: IngoSession.SigningCrypto | undefined,
): Promise<void> {
  for (const vector of vectors) {
    const now = new Date(Date.parse(vector.x_date));
    const request = { method: vector.method, path: vector.path, body: vector.body, contentType: vector.content_type };
    const signed = await lib.signRequest(request, vector, {
      now,
      algorithm: vector.algorithm as IngoSession.SigningAlgorithm,
      headerOrder: vector.headers.split(' '),
      ...(crypto && { crypto }),
    });
    const expected = `hmac username="${vector.username}", algorithm="${vector.algorithm}", headers="${vector.headers}", signature="${vector.signature}"`;
    assert(signed.Authorization === expected, `${vector.name}: signature differs`);
    const options = { now, ...(crypto && { crypto }) };
    const verdict = await lib.verifyRequest({ ...request, headers: new Headers(signed) }, () => vector.secret, options);
    assert(verdict.ok, `${vector.name}: verifyRequest said ${JSON.stringify(verdict)}`);
    const tampered = await lib.verifyRequest(
      { ...request, body: `${vector.body} `, headers: new Headers(signed) },
      () => vector.secret,
      options,
    );
    assert(!tampered.ok && tampered.reason === 'content_length_mismatch', `${vector.name}: a tampered body passed`);
  }
}

const encoder = new TextEncoder();
const webHash = (hash: string) => `SHA-${hash.slice(3)}`;
const base64 = (buffer: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)));
const bytes = (data: Uint8Array | string) => (typeof data === 'string' ? encoder.encode(data) : data);

/** A SigningCrypto over the runtime's crypto.subtle, written here as a user would inject one. */
const subtleCrypto: IngoSession.SigningCrypto = {
  digest: async (hash, data) => base64(await crypto.subtle.digest(webHash(hash), bytes(data) as BufferSource)),
  async hmac(hash, key, message) {
    const imported = await crypto.subtle.importKey(
      'raw',
      encoder.encode(key),
      { name: 'HMAC', hash: webHash(hash) },
      false,
      ['sign'],
    );
    return base64(await crypto.subtle.sign('HMAC', imported, encoder.encode(message)));
  },
};
