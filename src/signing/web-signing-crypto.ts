import type { HashName } from '../spec/signing-config.js';
import type { SigningCrypto } from './signing-crypto.js';

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
 * SigningCrypto backed by the runtime's `crypto.subtle` (Node, Bun, Deno, Workers, browsers): the
 * default where node:crypto is missing.
 */
export const webSigningCrypto: SigningCrypto = {
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
};
