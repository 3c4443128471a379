import { createHmac, createSecretKey } from 'node:crypto';
import { signingConfig, type HashName } from '../spec/signing-config.js';
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

/** How much a search did: HMACs computed, the time they took, and the phases its bound cut short. */
export interface SearchFigures {
  candidates: number;
  ms: number;
  /** The phases not finished when the search reached MAX_CANDIDATES (absent when it finished). */
  cutShort?: string[];
}

const { pseudoHeader } = signingConfig.requestLine;
// The hash of a MAC of each size, when it is not the declared algorithm's.
const HASH_BY_MAC_SIZE: Readonly<Record<number, string>> = {
  64: 'sha512',
  48: 'sha384',
  32: 'sha256',
  20: 'sha1',
  16: 'md5',
};
// The unlikely orders are combined with at most this many mistakes (the order one of them).
const UNLIKELY_WITH_COMMON = 2;
// The cheap phases, and the mistakes combined in them, before the full combination of the common ones.
const FEW_COMMON = 2;
/** The phases of the search, in order, as an explanation names them. */
export const searchPhases = {
  fewCommon: `common mistakes, up to ${FEW_COMMON} at once`,
  rareAlone: 'each rare mistake alone',
  rareWithCommon: 'each rare mistake with common ones',
  otherOrders: `every other header order with up to ${UNLIKELY_WITH_COMMON - 1} more mistake`,
  manyCommon: `common mistakes, ${FEW_COMMON + 1} or more at once`,
} as const;

/**
 * The most HMACs one search computes: a few hundred milliseconds on a busy shared 2-core machine,
 * the first call of a process included (bench/explain.bench.ts prints the worst case). The whole
 * search of the quick-start request fits (about 14,000); a request with six signed names and a
 * query reaches the bound in the last two phases (every other order; three or more common
 * mistakes at once), and the explanation then names them as not ruled out.
 */
export const MAX_CANDIDATES = 20_000;
/**
 * The most signing-string bytes one search hashes: the same bound for a request whose signed
 * headers are long (the quick-start request's whole search is about 4 MB).
 */
export const MAX_HASHED_BYTES = 48_000_000;

/**
 * Finds what the sender signed: HMACs signing-string variants and compares each with every reading
 * of the received signature, under the hash its size names (so a sender that used another hash
 * than it declared costs nothing more). Phases, fewest mistakes first: the common mistakes (one
 * dimension each of signingStringVariants) up to two at once; each rare mistake of the table
 * (rareMistakes) alone; each rare one with its `maxCommon` common ones; every other header order
 * with one more mistake; then every combination of three or more common mistakes. The search
 * stops at MAX_CANDIDATES HMACs or MAX_HASHED_BYTES; the figures name the phases it cut short. Returns the first
 * match, or none. A plain comparison per candidate: explain is a debugging oracle for the
 * secret's owner (it says outright whether a signature is right), so constant time would protect
 * nothing. node:crypto is used directly (explain runs on Node only): a rare mistake's key is bytes,
 * and a sender's hash may be one the project's signer does not offer.
 */
export function reconstructSignature(
  context: RareContext,
  { readings, hash }: { readings: readonly SignatureReading[]; hash: HashName },
): { found: SignatureReconstruction | undefined; figures: SearchFigures } {
  const started = performance.now();
  const search = boundedSearch(readings, hash);
  const { found, cutShort } = readings.length === 0 ? { found: undefined } : runPhases(phases(context, search.run));
  const ms = Math.round((performance.now() - started) * 10) / 10;
  return { found, figures: { candidates: search.candidates(), ms, ...(cutShort && { cutShort }) } };
}

/** A search of some variants, with some key: the match, nothing, or 'bound' when the bound stopped it. */
type Search = (
  from: VariantSource,
  key: Buffer | string,
  options: { minMistakes?: number; maxMistakes?: number; orders?: OrderSet },
) => SignatureReconstruction | 'bound' | undefined;
type Step = () => SignatureReconstruction | 'bound' | undefined;

/** The search over one request's readings, counting HMACs against MAX_CANDIDATES across every call. */
function boundedSearch(readings: readonly SignatureReading[], hash: HashName): { run: Search; candidates(): number } {
  const declaredSize = createHmac(hash, '').digest().length;
  const hashOf = (reading: SignatureReading) =>
    reading.bytes === declaredSize ? hash : HASH_BY_MAC_SIZE[reading.bytes]!;
  const wanted = new Map(readings.map((reading) => [`${hashOf(reading)}:${reading.base64}`, reading]));
  const hashes = [...new Set(readings.map(hashOf))];
  let candidates = 0;
  let bytes = 0;
  const run: Search = (from, key, options) => {
    // A signed header the request lacks has no value to sign: only a rare mistake that supplies
    // one (a header dropped after signing) can be searched.
    if (from.names.some((name) => name !== pseudoHeader && from.values[name] === undefined)) return undefined;
    // A key object is prepared once per key: about a third cheaper per HMAC than a string key.
    const keyObject = createSecretKey(typeof key === 'string' ? Buffer.from(key, 'utf8') : key);
    for (const variant of signingStringVariants(from, options)) {
      for (const each of hashes) {
        if (candidates >= MAX_CANDIDATES || bytes >= MAX_HASHED_BYTES) return 'bound';
        candidates++;
        bytes += variant.text.length;
        const reading = wanted.get(`${each}:${createHmac(each, keyObject).update(variant.text).digest('base64')}`);
        if (reading) return { text: variant.text, mistakes: variant.mistakes, reading, hash: each };
      }
    }
    return undefined;
  };
  return { run, candidates: () => candidates };
}

/** The phases of the search, fewest mistakes first, each a name and its steps. */
function phases(context: RareContext, search: Search): [string, Step[]][] {
  const { source, secret } = context;
  const rare = (alone: boolean): Step[] =>
    rareMistakes.flatMap((mistake) =>
      [...mistake.variants(context)].map((variant) => () => {
        const maxMistakes = alone ? 0 : (variant.maxCommon ?? mistake.maxCommon);
        if (!alone && maxMistakes === 0) return undefined;
        const found = search(variant.source ?? source, variant.key ?? secret, {
          minMistakes: alone ? 0 : 1,
          maxMistakes,
        });
        return found === undefined || found === 'bound'
          ? found
          : { ...found, rare: { code: mistake.code, message: variant.message } };
      }),
    );
  return [
    [searchPhases.fewCommon, [() => search(source, secret, { maxMistakes: FEW_COMMON })]],
    [searchPhases.rareAlone, rare(true)],
    [searchPhases.rareWithCommon, rare(false)],
    [
      searchPhases.otherOrders,
      [() => search(source, secret, { orders: 'unlikely', maxMistakes: UNLIKELY_WITH_COMMON })],
    ],
    [searchPhases.manyCommon, [() => search(source, secret, { minMistakes: FEW_COMMON + 1 })]],
  ];
}

/** Runs the phases in order: the first match, or none, with the phases the bound cut short. */
function runPhases(all: [string, Step[]][]): { found: SignatureReconstruction | undefined; cutShort?: string[] } {
  for (const [at, [, steps]] of all.entries()) {
    for (const step of steps) {
      const found = step();
      if (found === 'bound') return { found: undefined, cutShort: all.slice(at).map(([name]) => name) };
      if (found) return { found };
    }
  }
  return { found: undefined };
}
