import type * as IngoSession from '../src/index.worker.js';
import { assert } from './smoke-assert.js';
import type { SmokeInput, SmokeVector } from './smoke-checks.js';

/** The smoke checks of the signer and verifier: the golden vectors, synchronously and over WebCrypto. */
export const signingChecks: Record<'vectors' | 'vectors-webcrypto', (input: SmokeInput) => Promise<string>> = {
  // The golden vectors through the synchronous signer and verifier (node:crypto). Where the runtime
  // has none, signRequest must refuse with the documented SigningError, not fail some other way.
  async vectors({ lib, vectors, nodeCrypto }) {
    if (!nodeCrypto) {
      const vector = vectors[0]!;
      try {
        lib.signRequest({ method: vector.method, path: vector.path, body: vector.body }, vector);
      } catch (error) {
        assert(
          lib.isSigningError(error) && error.message.includes('signRequestAsync'),
          `signRequest without node:crypto threw ${String(error)}`,
        );
        return 'no node:crypto: signRequest throws SigningError naming signRequestAsync';
      }
      throw new Error('signRequest signed without node:crypto');
    }
    for (const vector of vectors) {
      const { now, request, expected } = prepare(lib, vector);
      const signed = lib.signRequest(request, vector, {
        now,
        algorithm: vector.algorithm as IngoSession.SigningAlgorithm,
        headerOrder: vector.headers.split(' '),
      });
      assert(signed.Authorization === expected, `${vector.name}: signature differs`);
      const verdict = lib.verifyRequest({ ...request, headers: new Headers(signed) }, () => vector.secret, { now });
      assert(verdict.ok, `${vector.name}: verifyRequest said ${JSON.stringify(verdict)}`);
    }
    return `${vectors.length} vectors signed and verified`;
  },

  async 'vectors-webcrypto'({ lib, vectors }) {
    for (const vector of vectors) {
      const { now, request, expected } = prepare(lib, vector);
      const signed = await lib.signRequestAsync(request, vector, {
        now,
        algorithm: vector.algorithm as IngoSession.SigningAlgorithm,
        headerOrder: vector.headers.split(' '),
      });
      assert(signed.Authorization === expected, `${vector.name}: signature differs`);
      const verdict = await lib.verifyRequestAsync({ ...request, headers: new Headers(signed) }, () => vector.secret, {
        now,
      });
      assert(verdict.ok, `${vector.name}: verifyRequestAsync said ${JSON.stringify(verdict)}`);
      const tampered = await lib.verifyRequestAsync(
        { ...request, body: `${vector.body} `, headers: new Headers(signed) },
        () => vector.secret,
        { now },
      );
      assert(
        !tampered.ok && tampered.reason === 'content_length_mismatch',
        `${vector.name}: a tampered body was not rejected`,
      );
    }
    return `${vectors.length} vectors signed and verified`;
  },
};

function prepare(lib: typeof IngoSession, vector: SmokeVector) {
  const now = new Date(lib.parseHttpDate(vector.x_date)!);
  const request = { method: vector.method, path: vector.path, body: vector.body, contentType: vector.content_type };
  const expected = `hmac username="${vector.username}", algorithm="${vector.algorithm}", headers="${vector.headers}", signature="${vector.signature}"`;
  return { now, request, expected };
}
