import { describe, expect, test } from 'vitest';
import { scanForSecrets } from './scan-for-secrets.js';

const secret = 'rel-SECRET-unit-test-0123456789';
const signature = 'MoWjVyp7YQbn0pgwPDvM00VlfsZ+/+0XUVSILpTNAuH5jiMduxUQtMN3q4jv2QpOBI34kLxhxTfTkLgcKUn8nw==';
const scan = (text: string, signaturesAllowed = false) =>
  scanForSecrets([{ source: 'test', text, signaturesAllowed }], { secrets: [secret], signatures: [signature] });

describe('scanForSecrets', () => {
  test('clean output has no hits, redaction markers and short placeholders included', () => {
    expect(scan('AuthenticationError: signature="[REDACTED]" for username "u"; usage: signature="<base64>"')).toEqual(
      [],
    );
  });

  test('finds the secret as is and in Base64, hex and URL-encoded form', () => {
    const b64 = Buffer.from(secret).toString('base64');
    const hex = Buffer.from(secret).toString('hex');
    expect(scan(`a ${secret} b ${b64} c ${hex}`).map((hit) => hit.kind)).toEqual(['secret', 'secret', 'secret']);
  });

  test('finds a signature parameter with a real value, JSON-escaped too, once per occurrence', () => {
    expect(scan(`hmac username="u", signature="${signature}"`)).toHaveLength(1);
    expect(scan(JSON.stringify({ authorization: `hmac signature="${signature}"` }))).toMatchObject([
      { kind: 'signature parameter' },
    ]);
    expect(scan('signature="QUJDREVGR0hJSktMTU5PUA=="')).toMatchObject([{ kind: 'signature parameter' }]);
  });

  test('finds a sent signature standing bare, even with neighbours', () => {
    expect(scan(`echo: ${signature} end`)).toMatchObject([{ kind: 'sent signature' }]);
    expect(scan(`xyz${signature.slice(0, -2)}`)).toEqual([]);
    expect(scan(`AAAA${signature}`)).toMatchObject([{ kind: 'sent signature' }]);
  });

  test('output meant to carry signatures is checked for the secret only', () => {
    expect(scan(`Authorization: hmac signature="${signature}"`, true)).toEqual([]);
    expect(scan(`Authorization: ${secret}`, true)).toMatchObject([{ kind: 'secret' }]);
  });

  test('excerpts mask what was found', () => {
    const [hit] = scan(`before ${secret} after`);
    expect(hit!.excerpt).toBe('before [SECRET] after');
    expect(JSON.stringify(scan(`x signature="${signature}" y`))).not.toContain(signature);
  });
});
