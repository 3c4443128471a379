import type { HashName } from '../spec/signing-config.js';
import { signingConfig } from '../spec/signing-config.js';
import type { SyncSigningCrypto as SigningCrypto } from '../signing/signing-crypto.js';
import type { SignatureReading } from './read-signature.js';
import type { OrderSet } from './signing-mistake-choices.js';
import { signingStringVariants, type SigningMistakes, type VariantSource } from './signing-string-variants.js';

/** Mistakes outside the signing string's rule, searched only when the common ones reproduce nothing. */
export interface RareMistakes {
  /** How the sender's secret differed from the one given: `with a trailing newline`… */
  secret?: string;
  /** The Content-Type the sender signed, when the one sent differs (a library appended a charset). */
  signedContentType?: string;
}

/** The signing string and signature encoding that reproduce the received signature. */
export interface SignatureReconstruction {
  text: string;
  mistakes: SigningMistakes;
  rare: RareMistakes;
  reading: SignatureReading;
}

// Rare mistakes are combined with at most this many common ones: each multiplies the search.
const RARE_WITH_COMMON = 2;
const { contentTypeHeader } = signingConfig;

/**
 * Finds what the sender signed: HMACs every signing-string variant (fewest mistakes first) with
 * the secret and compares it with every reading of the received signature: first with the likely
 * header orders and any number of other mistakes, then every other order with at most one more
 * mistake. When none matches, the rare mistakes are tried (the secret with a trailing newline or trimmed; the Content-Type signed
 * before a library appended a charset), each with up to two common mistakes. Returns the first
 * match, or undefined when nothing reproduces the signature (the secret is wrong, or the mistake is
 * one explain does not know). A match with no mistakes and a Base64 reading is a valid signature.
 */
export function reconstructSignature(
  source: VariantSource,
  {
    readings,
    hash,
    secret,
    crypto,
  }: { readings: readonly SignatureReading[]; hash: HashName; secret: string; crypto: SigningCrypto },
): SignatureReconstruction | undefined {
  if (readings.length === 0) return undefined;
  // A plain comparison per candidate: explain is a debugging oracle for the secret's owner (it
  // says outright whether a signature is right), so constant time would protect nothing here and
  // would cost more than the HMAC itself across tens of thousands of candidates.
  const wanted = new Map(readings.map((reading) => [reading.base64, reading]));
  const search = (
    from: VariantSource,
    key: string,
    rare: RareMistakes,
    options: { maxMistakes?: number; orders?: OrderSet } = {},
  ): SignatureReconstruction | undefined => {
    for (const variant of signingStringVariants(from, options)) {
      const reading = wanted.get(crypto.hmac(hash, key, variant.text));
      if (reading) return { text: variant.text, mistakes: variant.mistakes, rare, reading };
    }
    return undefined;
  };
  const found =
    search(source, secret, {}) ?? search(source, secret, {}, { orders: 'unlikely', maxMistakes: RARE_WITH_COMMON });
  if (found) return found;
  for (const [key, how] of secretVariants(secret)) {
    const rare = search(source, key, { secret: how }, { maxMistakes: RARE_WITH_COMMON });
    if (rare) return rare;
  }
  const contentType = source.values[contentTypeHeader];
  const bare = contentType?.split(';')[0]!.trim();
  if (bare !== undefined && bare !== contentType && source.names.includes(contentTypeHeader)) {
    return search(
      { ...source, values: { ...source.values, [contentTypeHeader]: bare } },
      secret,
      { signedContentType: bare },
      { maxMistakes: RARE_WITH_COMMON },
    );
  }
  return undefined;
}

/** The secret as a sender may really have held it: read from a file or variable with its newline, or trimmed. */
function secretVariants(secret: string): [string, string][] {
  const variants: [string, string][] = [
    [`${secret}\n`, 'with a trailing newline'],
    [`${secret}\r\n`, 'with a trailing CRLF'],
  ];
  if (secret.trim() !== secret) variants.push([secret.trim(), 'without the whitespace around the one given here']);
  return variants;
}
