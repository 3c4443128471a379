import { createHmac, createSecretKey } from 'node:crypto';
import type { HashName } from '../spec/signing-config.js';
import type { DiagnosisCode } from './explanation.js';
import { rareMistakes, type RareContext } from './rare-mistakes.js';
import type { SignatureReading } from './read-signature.js';
import type { OrderSet } from './signing-mistake-choices.js';
import { signingStringVariants, type SigningMistakes, type VariantSource } from './signing-string-variants.js';

/** The signing string, key and hash that reproduce the received signature, with the mistakes they commit. */
export interface SignatureReconstruction {
  text: string;
  mistakes: SigningMistakes;
  /** The rare mistake committed too, if any (a key made another way, a value changed after signing…). */
  rare?: { code: DiagnosisCode; message: string };
  reading: SignatureReading;
  /** The hash that made the MAC (the declared algorithm's unless the sender used another). */
  hash: string;
}

/** How much a search did: HMACs computed and the time they took. */
export interface SearchFigures {
  candidates: number;
  ms: number;
}

// The hash of a MAC of each size, when it is not the declared algorithm's.
const HASH_BY_MAC_SIZE: Readonly<Record<number, string>> = {
  64: 'sha512',
  48: 'sha384',
  32: 'sha256',
  20: 'sha1',
  16: 'md5',
};
// Rare mistakes are combined with at most this many common ones in the unlikely orders: each multiplies the search.
const UNLIKELY_WITH_COMMON = 2;

/**
 * Finds what the sender signed: HMACs every signing-string variant (fewest mistakes first) and
 * compares it with every reading of the received signature, under the hash its size names (so a
 * sender that used another hash than it declared costs nothing more). First the likely header
 * orders with any number of other common mistakes, then every other order with at most one
 * more, then each rare mistake of the table (rareMistakes) alone, then each with at most its
 * `maxCommon` common ones. Returns the first match, or none when nothing reproduces the signature, with the search's
 * figures either way. A plain comparison per candidate: explain is a debugging oracle for the
 * secret's owner (it says outright whether a signature is right), so constant time would protect
 * nothing here. node:crypto is used directly (explain runs on Node only): a rare mistake's key is
 * bytes, and a sender's hash may be one the project's signer does not offer.
 */
export function reconstructSignature(
  context: RareContext,
  { readings, hash }: { readings: readonly SignatureReading[]; hash: HashName },
): { found: SignatureReconstruction | undefined; figures: SearchFigures } {
  const started = performance.now();
  const declaredSize = createHmac(hash, '').digest().length;
  const hashOf = (reading: SignatureReading) =>
    reading.bytes === declaredSize ? hash : HASH_BY_MAC_SIZE[reading.bytes]!;
  const wanted = new Map(readings.map((reading) => [`${hashOf(reading)}:${reading.base64}`, reading]));
  const hashes = [...new Set(readings.map(hashOf))];
  let candidates = 0;
  const search = (
    from: VariantSource,
    key: Buffer | string,
    options: { maxMistakes?: number; orders?: OrderSet } = {},
  ): SignatureReconstruction | undefined => {
    // A key object is prepared once per key: about a third cheaper per HMAC than a string key.
    const keyObject = createSecretKey(typeof key === 'string' ? Buffer.from(key, 'utf8') : key);
    for (const variant of signingStringVariants(from, options)) {
      for (const each of hashes) {
        candidates++;
        const reading = wanted.get(`${each}:${createHmac(each, keyObject).update(variant.text).digest('base64')}`);
        if (reading) return { text: variant.text, mistakes: variant.mistakes, reading, hash: each };
      }
    }
    return undefined;
  };
  const done = (found: SignatureReconstruction | undefined) => ({
    found,
    figures: { candidates, ms: Math.round((performance.now() - started) * 10) / 10 },
  });
  if (readings.length === 0) return done(undefined);
  const { source, secret } = context;
  const common =
    search(source, secret) ?? search(source, secret, { orders: 'unlikely', maxMistakes: UNLIKELY_WITH_COMMON });
  if (common) return done(common);
  // Every rare mistake alone first, then each with its common ones: the fewest mistakes win.
  for (const alone of [true, false]) {
    for (const mistake of rareMistakes) {
      for (const variant of mistake.variants(context)) {
        const maxMistakes = alone ? 0 : (variant.maxCommon ?? mistake.maxCommon);
        if (!alone && maxMistakes === 0) continue;
        const found = search(variant.source ?? source, variant.key ?? secret, { maxMistakes });
        if (found) return done({ ...found, rare: { code: mistake.code, message: variant.message } });
      }
    }
  }
  return done(undefined);
}
