import type { HashName } from '../spec/signing-config.js';
import { SigningError } from './signing-error.js';
import { webSigningCrypto } from './web-signing-crypto.js';

/**
 * The cryptography the signer and verifier need, injected so that both stay pure functions of
 * their inputs (as smithy's signature-v4 injects its hash). Each answer may be a string or a
 * promise of one: node:crypto answers at once, WebCrypto asynchronously; the signer awaits both.
 */
export interface SigningCrypto {
  /** Base64 of the digest of `data` (a string is taken as UTF-8). */
  digest(hash: HashName, data: Uint8Array | string): string | Promise<string>;
  /** Base64 of HMAC(`key`, `message`), both taken as UTF-8. */
  hmac(hash: HashName, key: string, message: string): string | Promise<string>;
}

/** A SigningCrypto that answers at once (node:crypto): for code that signs thousands of variants. */
export interface SyncSigningCrypto extends SigningCrypto {
  digest(hash: HashName, data: Uint8Array | string): string;
  hmac(hash: HashName, key: string, message: string): string;
}

// node:crypto comes through process.getBuiltinModule, not a static import, so that the main entry
// loads where it does not exist (a Worker without nodejs_compat, a browser): there a static import
// fails the whole bundle before any choice can be made. Node, Bun, Deno and Workers with
// nodejs_compat answer it.
const nodeCrypto = globalThis.process?.getBuiltinModule?.('node:crypto');

/** SigningCrypto backed by node:crypto; each call throws a SigningError where the runtime has none. */
export const nodeSigningCrypto: SyncSigningCrypto = {
  digest: (hash, data) => requireNodeCrypto().createHash(hash).update(data).digest('base64'),
  hmac: (hash, key, message) => requireNodeCrypto().createHmac(hash, key).update(message).digest('base64'),
};

/** The crypto the signer, verifier and client use unless given one: node:crypto where present, WebCrypto elsewhere. */
export const defaultSigningCrypto: SigningCrypto = nodeCrypto ? nodeSigningCrypto : webSigningCrypto;

function requireNodeCrypto(): NonNullable<typeof nodeCrypto> {
  if (!nodeCrypto) throw new SigningError('node:crypto is not available in this runtime: sign with the default crypto');
  return nodeCrypto;
}

/**
 * Compares two strings in time that does not depend on where they differ. Only the length, which
 * is public (signature sizes are), ends the comparison early.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
