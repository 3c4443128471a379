import { createHmac } from 'node:crypto';
import { signingConfig, type HashName } from '../spec/signing-config.js';
import { buildSigningString } from '../signing/build-signing-string.js';
import { isSigningError } from '../signing/signing-error.js';
import { diagnose } from './diagnosis-fixes.js';
import type { Diagnosis, ExplainCheck } from './explanation.js';
import { searchedWays } from './mistake-table.js';
import type { RareContext } from './rare-mistakes.js';
import { readSignature, signatureEncodingNames } from './read-signature.js';
import {
  MAX_CANDIDATES,
  MAX_HASHED_BYTES,
  reconstructSignature,
  searchPhases,
  type SignatureReconstruction,
} from './reconstruct-signature.js';
import { firstDifferingLine } from './compare-signing-strings.js';
import type { TargetMistake, VariantSource } from './signing-string-variants.js';

const { httpVersion } = signingConfig.requestLine;
const TARGET_MISTAKES: Readonly<Record<Exclude<TargetMistake, 'absolute_url'>, string>> = {
  query_dropped: 'without the query string that was sent',
  query_added: 'with a query ("?") that was not sent',
  query_decoded: 'with the query percent-decoded',
};

/**
 * The signature against the signing string the verifier builds. On a mismatch, what the sender
 * most likely signed is reconstructed (see reconstructSignature) and each mistake it commits
 * becomes a diagnosis; when nothing reproduces the signature, `wrong_secret_or_unknown`, whose
 * message says what was ruled out and what could not be (the secret is never the only suspect: a
 * rule nobody tried looks the same). Neither the expected nor the received signature is shown.
 */
export function checkSignature(
  context: RareContext,
  { signature, hash }: { signature: string; hash: HashName },
): { check: ExplainCheck; diagnoses: Diagnosis[]; reconstruction: SignatureReconstruction | undefined } {
  const { source } = context;
  const macBytes = createHmac(hash, '').digest().length;
  const expected = `Base64 HMAC-${hash.toUpperCase()} of the signing string (${Math.ceil(macBytes / 3) * 4} characters)`;
  const received = `${signature.length} characters`;
  let expectedString: string | undefined;
  let unbuildable: string | undefined;
  try {
    expectedString = buildSigningString(
      { method: source.method, path: source.target, headers: source.values },
      source.names,
    );
  } catch (error) {
    if (!isSigningError(error)) throw error;
    unbuildable = `the signing string cannot be built: ${error.message}`;
  }
  const readings = readSignature(signature);
  const { found: reconstruction, figures } = reconstructSignature(context, { readings, hash });
  const searched = `${figures.candidates} candidate${figures.candidates === 1 ? '' : 's'} in ${figures.ms} ms`;
  const check: ExplainCheck = { name: 'signature', ok: false, expected, received, search: figures };
  if (expectedString !== undefined) check.signingString = { expected: expectedString };
  if (reconstruction === undefined) {
    const form =
      readings.length === 0
        ? 'the signature does not decode to an HMAC (SHA-512, SHA-384, SHA-256, SHA-1 or MD5 sized) in Base64, Base64url, hex or Base64 of hex, so neither the signing string nor the secret can be judged'
        : undefined;
    check.message = [unbuildable, `no reconstruction reproduces the signature (${searched})`]
      .filter(Boolean)
      .join('; ');
    // Without a value for a signed header, nothing but a header dropped after signing could be
    // searched: the missing header is the diagnosis (missing_signed_header), not the signing rule.
    if (unbuildable !== undefined) return { check, diagnoses: [], reconstruction };
    return {
      check,
      diagnoses: [diagnose('wrong_secret_or_unknown', form ?? describeSearch(searched, figures.cutShort))],
      reconstruction,
    };
  }
  const diagnoses = describeMistakes(reconstruction, source, hash);
  if (diagnoses.length === 0 && expectedString !== undefined)
    return { check: { ...check, ok: true }, diagnoses, reconstruction };
  check.message = [unbuildable, `the signature was made under another rule (found after ${searched})`]
    .filter(Boolean)
    .join('; ');
  if (reconstruction.text !== expectedString) {
    check.signingString = {
      expected: expectedString ?? '(cannot be built: a signed header is missing)',
      reconstructed: reconstruction.text,
      firstDifferingLine: firstDifferingLine(expectedString ?? '', reconstruction.text),
    };
  }
  return { check, diagnoses, reconstruction };
}

/**
 * What a search that found nothing ruled out, and what it could not: the table's ways, claimed
 * ruled out only for the phases that finished; a phase the bound cut short is named instead.
 */
function describeSearch(searched: string, cutShort: readonly string[] = []): string {
  const finished = (phase: string) => !cutShort.includes(phase);
  const ruledOut: string[] = [];
  if (finished(searchPhases.fewCommon))
    ruledOut.push(
      `Ruled out, alone and ${finished(searchPhases.manyCommon) ? 'combined' : 'two at once'}: ${COMMON_SEARCHED}.`,
    );
  if (finished(searchPhases.rareAlone))
    ruledOut.push(
      `Ruled out, each alone${finished(searchPhases.rareWithCommon) ? ' and with one or two of those' : ''}: ${RARE_SEARCHED}.`,
    );
  if (cutShort.length > 0)
    ruledOut.push(
      `The search stopped at its bound (${MAX_CANDIDATES} candidates or ${MAX_HASHED_BYTES / 1e6} MB of signing strings) before finishing: ${cutShort.join('; ')}; what those would have tried is not ruled out.`,
    );
  return [
    `no signing rule tried reproduces the signature with the secret given (${searched}).`,
    ...ruledOut,
    'Not ruled out: the secret; a signed value changed after signing into one this capture cannot show',
    '(an Idempotency-Key or body re-generated on retry); more mistakes at once than the search combines;',
    'a mistake outside the table (src/explain/MISTAKES.md). Any of these looks the same from here',
  ].join(' ');
}

const SEARCHED = searchedWays();
const COMMON_SEARCHED = SEARCHED.common.join('; ');
const RARE_SEARCHED = SEARCHED.rare.join('; ');

function describeMistakes(
  { mistakes, rare, reading, hash: usedHash }: SignatureReconstruction,
  { names, target }: VariantSource,
  hash: HashName,
): Diagnosis[] {
  const diagnoses: Diagnosis[] = [];
  if (rare) diagnoses.push(diagnose(rare.code, rare.message));
  if (usedHash !== hash)
    diagnoses.push(
      diagnose(
        'signature_algorithm_mismatch',
        `the signature is an HMAC-${usedHash.toUpperCase()} (${reading.bytes} bytes), but the declared algorithm needs HMAC-${hash.toUpperCase()}`,
      ),
    );
  if (mistakes.order)
    diagnoses.push(
      diagnose(
        'header_order',
        `the signature covers the lines in the order "${mistakes.order.join(' ')}", but headers="${names.join(' ')}" declares another`,
      ),
    );
  if (mistakes.version)
    diagnoses.push(
      diagnose(
        'request_line_version',
        `the request line was signed with ${mistakes.version === '(none)' ? 'no HTTP version' : `"${mistakes.version}"`}, not "${httpVersion}"`,
      ),
    );
  if (mistakes.targetMistake === 'absolute_url')
    diagnoses.push(
      diagnose(
        'request_line_url',
        `the request line was signed with the full URL "${mistakes.target}", not the path "${target}"`,
      ),
    );
  else if (mistakes.targetMistake !== undefined) {
    diagnoses.push(
      diagnose(
        'request_line_query',
        `the request line was signed ${TARGET_MISTAKES[mistakes.targetMistake]}: "${mistakes.target}" instead of "${target}"`,
      ),
    );
  }
  if (mistakes.nameCase)
    diagnoses.push(
      diagnose('header_name_case', `the header names were signed ${mistakes.nameCase}, not in lower case`),
    );
  if (mistakes.whitespace)
    diagnoses.push(diagnose('header_value_whitespace', `the header lines were signed with ${mistakes.whitespace}`));
  if (mistakes.crlf)
    diagnoses.push(
      diagnose('signing_string_crlf', 'the signing-string lines were joined with CRLF ("\\r\\n"), not LF'),
    );
  if (mistakes.trailingNewline)
    diagnoses.push(
      diagnose('signing_string_trailing_newline', 'the signing string was signed with a newline after its last line'),
    );
  if (reading.encoding !== 'base64')
    diagnoses.push(
      diagnose(
        'signature_encoding',
        `the signature is the right HMAC written as ${signatureEncodingNames[reading.encoding]}, not as standard Base64`,
      ),
    );
  return diagnoses;
}
