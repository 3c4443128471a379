import type { HashName } from '../spec/signing-config.js';
import { SigningError } from './signing-error.js';

// node:crypto and node:buffer come through process.getBuiltinModule, not static imports, so that
// this module (and the signer, verifier and client above it) still loads where they do not exist
// (a Worker without nodejs_compat): there a static import fails the whole bundle before any choice
// can be made. Node (>= 20.16), Bun, Deno and Workers with nodejs_compat all answer it, and the
// functions are picked once, here, so a call costs what a statically imported one does. Where they
// are missing, each function throws a SigningError pointing at the WebCrypto variants.
const nodeCrypto = globalThis.process?.getBuiltinModule?.('node:crypto');
const nodeBuffer = globalThis.process?.getBuiltinModule?.('node:buffer');

/** Whether this runtime has node:crypto, so that the synchronous default crypto works. */
export const hasNodeCrypto = nodeCrypto !== undefined && nodeBuffer !== undefined;

function unavailable(): never {
  throw new SigningError(
    'node:crypto is not available in this runtime: use signRequestAsync / verifyRequestAsync (WebCrypto), or pass a crypto',
  );
}
const { createHash, createHmac, timingSafeEqual } = hasNodeCrypto
  ? nodeCrypto!
  : { createHash: unavailable, createHmac: unavailable, timingSafeEqual: unavailable };
const { Buffer } = hasNodeCrypto ? nodeBuffer! : { Buffer: { from: unavailable } };

/**
 * The cryptography the signer and verifier need, injected so that both stay pure functions.
 * node:crypto is the default (WebCrypto is about 25 times slower for these small inputs, and
 * asynchronous: see AsyncSigningCrypto for runtimes that have nothing else).
 */
export interface SigningCrypto {
  /** Base64 of the digest of `data`. */
  digest(hash: HashName, data: Uint8Array | string): string;
  /** Base64 of HMAC(`key`, `message`), both taken as UTF-8. */
  hmac(hash: HashName, key: string, message: string): string;
  /** Compares two strings in time that does not depend on where they differ. */
  equal(a: string, b: string): boolean;
}

// One-shot crypto.hash (Node 20.12+, 21.7+) skips the Hash object: about a third cheaper for a body.
const oneShotHash = (
  nodeCrypto as { hash?: (algorithm: string, data: Uint8Array | string, encoding: 'base64') => string } | undefined
)?.hash;

/** The default SigningCrypto, backed by node:crypto (throws a SigningError where the runtime has none). */
export const nodeSigningCrypto: SigningCrypto = {
  digest: oneShotHash
    ? (hash, data) => oneShotHash(hash, data, 'base64')
    : (hash, data) => createHash(hash).update(data).digest('base64'),
  hmac: (hash, key, message) => createHmac(hash, key).update(message).digest('base64'),
  equal(a, b) {
    const left = Buffer.from(a);
    const right = Buffer.from(b);
    // timingSafeEqual needs equal lengths; a length difference is not secret (signature sizes are public).
    if (left.length !== right.length) return timingSafeEqual(left, left) && false;
    return timingSafeEqual(left, right);
  },
};
