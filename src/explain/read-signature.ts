/** How a received signature was encoded. */
export type SignatureEncoding = 'base64' | 'base64url' | 'base64_unpadded' | 'hex';

/** A reading of the received signature: the raw MAC it encodes, as standard Base64, and its encoding. */
export interface SignatureReading {
  /** The decoded MAC, re-encoded as standard padded Base64 (the form the signer writes). */
  base64: string;
  encoding: SignatureEncoding;
}

/** What each encoding is called in a diagnosis. */
export const signatureEncodingNames: Readonly<Record<SignatureEncoding, string>> = {
  base64: 'standard Base64',
  base64url: 'Base64url ("-_" alphabet)',
  base64_unpadded: 'Base64 without its "=" padding',
  hex: 'hex',
};

/**
 * Every way the received signature decodes to a MAC of `macBytes` bytes: standard Base64 (the
 * only correct one), Base64url, Base64 without padding, hex. Decoding is strict (re-encoding must
 * give the same text back), so a string is read as an encoding only when it really is one.
 */
export function readSignature(value: string, macBytes: number): SignatureReading[] {
  const readings: SignatureReading[] = [];
  const add = (bytes: Buffer, encoding: SignatureEncoding) => {
    if (bytes.length === macBytes) readings.push({ base64: bytes.toString('base64'), encoding });
  };
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(value) && value.length % 4 === 0) {
    const bytes = Buffer.from(value, 'base64');
    if (bytes.toString('base64') === value) add(bytes, 'base64');
  } else if (/^[A-Za-z0-9+/]+$/.test(value)) {
    const bytes = Buffer.from(value, 'base64');
    if (bytes.toString('base64').replace(/=+$/, '') === value) add(bytes, 'base64_unpadded');
  }
  if (/^[A-Za-z0-9_-]+={0,2}$/.test(value) && /[-_]/.test(value)) {
    const unpadded = value.replace(/=+$/, '');
    const bytes = Buffer.from(unpadded, 'base64url');
    if (bytes.toString('base64url') === unpadded) add(bytes, 'base64url');
  }
  if (/^[0-9a-fA-F]+$/.test(value) && value.length === macBytes * 2) add(Buffer.from(value, 'hex'), 'hex');
  return readings;
}
