import type { HashName } from '../spec/signing-config.js';
import type { SigningCrypto } from '../signing/signing-crypto.js';
import type { SignatureReading } from './read-signature.js';
import { signingStringVariants, type SigningMistakes, type VariantSource } from './signing-string-variants.js';

/** The signing string and signature encoding that reproduce the received signature. */
export interface SignatureReconstruction {
  text: string;
  mistakes: SigningMistakes;
  reading: SignatureReading;
}

/**
 * Finds what the sender signed: HMACs every signing-string variant (fewest mistakes first) with
 * the secret and compares it with every reading of the received signature. Returns the first
 * match, or undefined when nothing reproduces the signature (the secret is wrong, or the mistake is
 * one explain does not know). A match with no mistakes and a Base64 reading is a valid signature.
 */
export function reconstructSignature(
  source: VariantSource,
  { readings, hash, secret, crypto }: { readings: readonly SignatureReading[]; hash: HashName; secret: string; crypto: SigningCrypto },
): SignatureReconstruction | undefined {
  if (readings.length === 0) return undefined;
  // A plain comparison per candidate: explain is a debugging oracle for the secret's owner (it
  // says outright whether a signature is right), so constant time would protect nothing here and
  // would cost more than the HMAC itself across tens of thousands of candidates.
  const wanted = new Map(readings.map((reading) => [reading.base64, reading]));
  for (const variant of signingStringVariants(source)) {
    const reading = wanted.get(crypto.hmac(hash, secret, variant.text));
    if (reading) return { text: variant.text, mistakes: variant.mistakes, reading };
  }
  return undefined;
}
