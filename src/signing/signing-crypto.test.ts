import { describe, expect, test } from 'vitest';
import { constantTimeEqual, nodeSigningCrypto } from './signing-crypto.js';

describe('nodeSigningCrypto', () => {
  test('digest is the Base64 of the raw digest, for text (UTF-8) and bytes alike', () => {
    const empty = 'z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==';
    expect(nodeSigningCrypto.digest('sha512', '')).toBe(empty);
    expect(nodeSigningCrypto.digest('sha512', new Uint8Array())).toBe(empty);
    expect(nodeSigningCrypto.digest('sha256', 'é')).toBe(nodeSigningCrypto.digest('sha256', Buffer.from([0xc3, 0xa9])));
  });

  test('hmac matches RFC 4231 test case 2', () => {
    const hex =
      '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737';
    expect(nodeSigningCrypto.hmac('sha512', 'Jefe', 'what do ya want for nothing?')).toBe(
      Buffer.from(hex, 'hex').toString('base64'),
    );
  });
});

describe('constantTimeEqual', () => {
  test('compares exactly, including lengths and non-ASCII', () => {
    expect(constantTimeEqual('abc=', 'abc=')).toBe(true);
    expect(constantTimeEqual('abc=', 'abd=')).toBe(false);
    expect(constantTimeEqual('abc=', 'abc')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
    expect(constantTimeEqual('é', 'e')).toBe(false);
  });
});
