import { describe, expect, test } from 'vitest';
import { nodeSigningCrypto } from './signing-crypto.js';
import { webSigningCrypto } from './web-signing-crypto.js';

describe('webSigningCrypto', () => {
  test('digest is the Base64 of the raw digest, for text (UTF-8) and bytes alike, as node:crypto gives it', async () => {
    const empty = 'z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==';
    expect(await webSigningCrypto.digest('sha512', '')).toBe(empty);
    expect(await webSigningCrypto.digest('sha512', new Uint8Array())).toBe(empty);
    expect(await webSigningCrypto.digest('sha256', 'é')).toBe(
      nodeSigningCrypto.digest('sha256', new Uint8Array([0xc3, 0xa9])),
    );
    const body = '{"first_name":"Zoë","city":"Zürich"}';
    expect(await webSigningCrypto.digest('sha512', body)).toBe(nodeSigningCrypto.digest('sha512', body));
  });

  test('hmac matches RFC 4231 test case 2, and node:crypto for a non-ASCII key and message', async () => {
    const hex =
      '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737';
    expect(await webSigningCrypto.hmac('sha512', 'Jefe', 'what do ya want for nothing?')).toBe(
      Buffer.from(hex, 'hex').toString('base64'),
    );
    expect(await webSigningCrypto.hmac('sha256', 'clé', 'x-date: ü')).toBe(
      nodeSigningCrypto.hmac('sha256', 'clé', 'x-date: ü'),
    );
  });
});
