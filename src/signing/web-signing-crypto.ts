import type { HashName } from '../spec/signing-config.js';

/**
 * SigningCrypto for runtimes whose only cryptography is WebCrypto (a Worker without
 * nodejs_compat, a browser-like edge runtime): the same three operations, but `digest` and `hmac`
 * resolve asynchronously, because `crypto.subtle` has no synchronous form. `equal` stays
 * synchronous (it is plain arithmetic). `async: true` tells it apart from a SigningCrypto at run
 * time, so the signing middleware awaits only for this kind.
 */
export interface AsyncSigningCrypto {
  readonly async: true;
  /** Base64 of the digest of `data`. */
  digest(hash: HashName, data: Uint8Array | string): Promise<string>;
  /** Base64 of HMAC(`key`, `message`), both taken as UTF-8. */
  hmac(hash: HashName, key: string, message: string): Promise<string>;
  /** Compares two strings in time that does not depend on where they differ. */
  equal(a: string, b: string): boolean;
}

/** Whether `crypto` is an AsyncSigningCrypto (its digest and HMAC return promises). */
export function isAsyncSigningCrypto(crypto: object): crypto is AsyncSigningCrypto {
  return (crypto as Partial<AsyncSigningCrypto>).async === true;
}

const encoder = new TextEncoder();

/** WebCrypto's name of a hash: `sha512` is `SHA-512`. */
function webHashName(hash: HashName): string {
  return `SHA-${hash.slice(3)}`;
}

function toBytes(data: Uint8Array | string): Uint8Array<ArrayBuffer> {
  return typeof data === 'string' ? encoder.encode(data) : (data as Uint8Array<ArrayBuffer>);
}

function toBase64(buffer: ArrayBuffer): string {
  // 32 or 64 bytes: one fromCharCode call is enough, and btoa exists in every runtime.
  return btoa(String.fromCharCode(...new Uint8Array(buffer)));
}

/**
 * The AsyncSigningCrypto backed by the runtime's `crypto.subtle` (Node, Bun, Deno, Workers,
 * browsers). On Node it is much slower than node:crypto (`npm run bench`: webcrypto_sign_us), so
 * it is only the default where node:crypto is missing.
 */
export const webSigningCrypto: AsyncSigningCrypto = {
  async: true,
  async digest(hash, data) {
    return toBase64(await crypto.subtle.digest(webHashName(hash), toBytes(data)));
  },
  async hmac(hash, key, message) {
    const secret = await crypto.subtle.importKey(
      'raw',
      encoder.encode(key),
      { name: 'HMAC', hash: webHashName(hash) },
      false,
      ['sign'],
    );
    return toBase64(await crypto.subtle.sign('HMAC', secret, encoder.encode(message)));
  },
  equal(a, b) {
    // Every character is compared whatever the earlier ones were; only the (public) length ends early.
    if (a.length !== b.length) return false;
    let difference = 0;
    for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
    return difference === 0;
  },
};
