/** How a received signature was encoded. */
export type SignatureEncoding = 'base64' | 'base64url' | 'base64_unpadded' | 'hex' | 'base64_of_hex';

/** A reading of the received signature: the raw MAC it encodes, as standard Base64, and its encoding. */
export interface SignatureReading {
  /** The decoded MAC, re-encoded as standard padded Base64 (the form the signer writes). */
  base64: string;
  encoding: SignatureEncoding;
  /** The MAC's length in bytes: it tells which hash made it (64 SHA-512, 32 SHA-256…). */
  bytes: number;
}

/** What each encoding is called in a diagnosis. */
export const signatureEncodingNames: Readonly<Record<SignatureEncoding, string>> = {
  base64: 'standard Base64',
  base64url: 'Base64url ("-_" alphabet)',
  base64_unpadded: 'Base64 without its "=" padding',
  hex: 'hex',
  base64_of_hex: 'Base64 of its hex text (a hexdigest Base64-encoded again)',
};

/** The MAC sizes of the hashes a sender's stack may use: SHA-512, SHA-384, SHA-256, SHA-1, MD5. */
export const macSizes: readonly number[] = [64, 48, 32, 20, 16];

/**
 * Every way the received signature decodes to a MAC of one of `sizes` bytes: standard Base64 (the
 * only correct one), Base64url, Base64 without padding, hex, and Base64 of the hex text. Decoding
 * is strict (re-encoding must give the same text back), so a string is read as an encoding only
 * when it really is one.
 */
export function readSignature(value: string, sizes: number | readonly number[] = macSizes): SignatureReading[] {
  const wanted = typeof sizes === 'number' ? [sizes] : sizes;
  const readings: SignatureReading[] = [];
  const add = (bytes: Buffer, encoding: SignatureEncoding) => {
    if (wanted.includes(bytes.length))
      readings.push({ base64: bytes.toString('base64'), encoding, bytes: bytes.length });
  };
  const base64 = decodeBase64(value);
  if (base64 !== undefined) {
    add(base64.bytes, base64.padded ? 'base64' : 'base64_unpadded');
    const text = base64.bytes.toString('latin1');
    if (/^[0-9a-fA-F]+$/.test(text) && text.length % 2 === 0) add(Buffer.from(text, 'hex'), 'base64_of_hex');
  }
  if (/^[A-Za-z0-9_-]+={0,2}$/.test(value) && /[-_]/.test(value)) {
    const unpadded = value.replace(/=+$/, '');
    const bytes = Buffer.from(unpadded, 'base64url');
    if (bytes.toString('base64url') === unpadded) add(bytes, 'base64url');
  }
  if (/^[0-9a-fA-F]+$/.test(value) && value.length % 2 === 0) add(Buffer.from(value, 'hex'), 'hex');
  return readings;
}

function decodeBase64(value: string): { bytes: Buffer; padded: boolean } | undefined {
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(value) && value.length % 4 === 0) {
    const bytes = Buffer.from(value, 'base64');
    return bytes.toString('base64') === value ? { bytes, padded: true } : undefined;
  }
  if (/^[A-Za-z0-9+/]+$/.test(value)) {
    const bytes = Buffer.from(value, 'base64');
    return bytes.toString('base64').replace(/=+$/, '') === value ? { bytes, padded: false } : undefined;
  }
  return undefined;
}
