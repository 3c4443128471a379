import { signingConfig, type HashName } from '../spec/signing-config.js';
import { buildSigningString } from '../signing/build-signing-string.js';
import type { SyncSigningCrypto as SigningCrypto } from '../signing/signing-crypto.js';
import { isSigningError } from '../signing/signing-error.js';
import { diagnose } from './diagnosis-fixes.js';
import type { Diagnosis, ExplainCheck } from './explanation.js';
import { readSignature, signatureEncodingNames } from './read-signature.js';
import { reconstructSignature, type SignatureReconstruction } from './reconstruct-signature.js';
import { firstDifferingLine } from './compare-signing-strings.js';
import type { TargetMistake, VariantSource } from './signing-string-variants.js';

const { httpVersion } = signingConfig.requestLine;
// What reconstructSignature tries, for the last-resort message.
const SEARCHED =
  'any header order, request-line version, query or URL, header-name case, whitespace, CRLF, trailing newline, signature encoding, a newline in the secret, a changed Content-Type';
const TARGET_MISTAKES: Readonly<Record<Exclude<TargetMistake, 'absolute_url'>, string>> = {
  query_dropped: 'without the query string that was sent',
  query_added: 'with a query ("?") that was not sent',
  query_decoded: 'with the query percent-decoded',
};

/**
 * The signature against the signing string the verifier builds. On a mismatch, the signing
 * string the sender most likely signed is reconstructed (see reconstructSignature) and each
 * mistake it commits becomes a diagnosis; when nothing reproduces the signature, the last resort
 * `wrong_secret_or_unknown`. Neither the expected nor the received signature is ever shown.
 */
export function checkSignature(
  source: VariantSource,
  { signature, hash, secret, crypto }: { signature: string; hash: HashName; secret: string; crypto: SigningCrypto },
): { check: ExplainCheck; diagnoses: Diagnosis[]; reconstruction: SignatureReconstruction | undefined } {
  const macBytes = Buffer.from(crypto.hmac(hash, secret, ''), 'base64').length;
  const expected = `Base64 HMAC-${hash.toUpperCase()} of the signing string (${Math.ceil(macBytes / 3) * 4} characters)`;
  const received = `${signature.length} characters`;
  let expectedString: string;
  try {
    expectedString = buildSigningString(
      { method: source.method, path: source.target, headers: source.values },
      source.names,
    );
  } catch (error) {
    if (!isSigningError(error)) throw error;
    return {
      check: {
        name: 'signature',
        ok: false,
        expected,
        received,
        message: `the signing string cannot be built: ${error.message}`,
      },
      diagnoses: [],
      reconstruction: undefined,
    };
  }
  const readings = readSignature(signature, macBytes);
  const reconstruction = reconstructSignature(source, { readings, hash, secret, crypto });
  const check: ExplainCheck = {
    name: 'signature',
    ok: false,
    expected,
    received,
    signingString: { expected: expectedString },
  };
  if (reconstruction === undefined) {
    const form =
      readings.length === 0
        ? `; the signature does not decode to a ${macBytes}-byte HMAC in Base64, Base64url or hex`
        : '';
    check.message = `no reconstruction reproduces the signature${form}`;
    return {
      check,
      diagnoses: [
        diagnose(
          'wrong_secret_or_unknown',
          `the signature matches no signing string tried (${SEARCHED}) with this secret${form}`,
        ),
      ],
      reconstruction,
    };
  }
  const diagnoses = describeMistakes(reconstruction, source);
  if (diagnoses.length === 0) return { check: { ...check, ok: true }, diagnoses, reconstruction };
  check.message = 'the signature was made under another rule';
  if (reconstruction.text !== expectedString) {
    check.signingString = {
      expected: expectedString,
      reconstructed: reconstruction.text,
      firstDifferingLine: firstDifferingLine(expectedString, reconstruction.text),
    };
  }
  return { check, diagnoses, reconstruction };
}

function describeMistakes(
  { mistakes, rare, reading }: SignatureReconstruction,
  { names, target, values }: VariantSource,
): Diagnosis[] {
  const diagnoses: Diagnosis[] = [];
  if (rare.secret)
    diagnoses.push(diagnose('secret_whitespace', `the signature was made with the secret ${rare.secret}`));
  if (rare.signedContentType) {
    diagnoses.push(
      diagnose(
        'content_type_changed',
        `the signature covers Content-Type "${rare.signedContentType}", but "${values[signingConfig.contentTypeHeader]}" was sent: it was changed after signing`,
      ),
    );
  }
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
