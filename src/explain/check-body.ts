import {
  digestHeaderFor,
  signingAlgorithms,
  signingConfig,
  type HashName,
  type SigningAlgorithm,
} from '../spec/signing-config.js';
import { byteLength } from '../signing/sign-request.js';
import type { SyncSigningCrypto as SigningCrypto } from '../signing/signing-crypto.js';
import { diagnose } from './diagnosis-fixes.js';
import type { Diagnosis, ExplainCheck } from './explanation.js';
import { reserializeBody } from './reserialize-json.js';

/** What the body checks read. */
export interface BodyFacts {
  body: Uint8Array | string;
  /** Header values by lower-case name, trimmed. */
  values: Readonly<Record<string, string>>;
  algorithm: SigningAlgorithm;
  crypto: SigningCrypto;
}

type DigestEncoding = 'base64' | 'hex';
const HASHES: readonly HashName[] = signingAlgorithms.map((algorithm) => signingConfig.algorithms[algorithm].hash);

/**
 * Content-Length against the body's bytes. A mismatch is explained when the declared length is the
 * body's length in UTF-16 units or code points (what `String.length` and friends count).
 */
export function checkContentLength({ body, values }: BodyFacts): { check: ExplainCheck; diagnoses: Diagnosis[] } {
  const expected = String(byteLength(body));
  const received = values[signingConfig.contentLengthHeader];
  const check: ExplainCheck = {
    name: 'content_length',
    ok: received === expected,
    expected: `${expected} (UTF-8 bytes of the body)`,
    received: received ?? '(none)',
  };
  if (check.ok) return { check, diagnoses: [] };
  if (received === undefined) return { check: { ...check, message: 'Content-Length is missing' }, diagnoses: [] };
  check.message = `Content-Length is ${received}, the body has ${expected} bytes`;
  const text = asText(body);
  const counts: [number, string][] = [
    [text.length, 'UTF-16 code units (String.length, String#length())'],
    [[...text].length, 'characters (code points, len() of a str)'],
  ];
  const counted = counts.find(([count]) => String(count) === received);
  if (counted)
    return {
      check,
      diagnoses: [
        diagnose(
          'content_length_not_bytes',
          `Content-Length ${received} counts the body's ${counted[1]}; its UTF-8 byte length is ${expected}`,
        ),
      ],
    };
  // Not a character count: perhaps the length of another serialisation than the one sent.
  const other = reserializeBody(text).find(
    (candidate) => String(Buffer.byteLength(candidate.text, 'utf8')) === received,
  );
  const why = other
    ? `; ${received} is the byte length of another serialisation of the body (${other.label})`
    : '; no character count of the body gives it';
  return { check, diagnoses: [diagnose('content_length_mismatch', `${check.message}${why}`)] };
}

/**
 * The digest header of the declared algorithm against the body. A mismatch is explained by
 * recomputing the digest under each mistaken rule (hex instead of Base64, the other algorithm's
 * hash, another serialisation of the same JSON) and every combination of them; each rule of the
 * first match is reported. The other algorithm's digest header sent instead is reported too.
 */
export function checkDigest({ body, values, algorithm, crypto }: BodyFacts): {
  check: ExplainCheck;
  diagnoses: Diagnosis[];
} {
  const header = digestHeaderFor(algorithm);
  const { hash } = signingConfig.algorithms[algorithm];
  const expected = crypto.digest(hash, body);
  const received = values[header];
  const check: ExplainCheck = {
    name: 'digest',
    ok: received === expected,
    expected: `${header}: ${expected}`,
    received: received === undefined ? `${header}: (none)` : `${header}: ${received}`,
  };
  if (check.ok) return { check, diagnoses: [] };
  if (received === undefined) {
    const other = signingAlgorithms.map(digestHeaderFor).find((name) => name !== header && values[name] !== undefined);
    if (other === undefined) return { check: { ...check, message: `${header} is missing` }, diagnoses: [] };
    check.message = `${header} is missing; ${other} is sent instead`;
    return {
      check,
      diagnoses: [
        diagnose(
          'digest_algorithm_mismatch',
          `algorithm="${algorithm}" needs ${header}, but the request sends ${other}`,
        ),
      ],
    };
  }
  check.message = `${header} does not match the body`;
  const text = asText(body);
  const bodies = [{ text: undefined as string | undefined, label: 'the bytes sent' }, ...reserializeBody(text)];
  for (const candidate of bodies) {
    for (const candidateHash of [hash, ...HASHES.filter((each) => each !== hash)]) {
      const digest = crypto.digest(candidateHash, candidate.text ?? body);
      for (const encoding of ['base64', 'hex'] as const) {
        if (!matches(received, digest, encoding)) continue;
        return {
          check,
          diagnoses: describeDigestMistakes({
            header,
            hash,
            candidateHash,
            encoding,
            label: candidate.label,
            text: candidate.text,
            values,
          }),
        };
      }
    }
  }
  return {
    check,
    diagnoses: [
      diagnose(
        'digest_mismatch',
        `${header} is not the ${hash.toUpperCase()} of the body, in Base64 or hex, of the bytes sent or of any other serialisation tried`,
      ),
    ],
  };
}

function describeDigestMistakes({
  header,
  hash,
  candidateHash,
  encoding,
  label,
  text,
  values,
}: {
  header: string;
  hash: HashName;
  candidateHash: HashName;
  encoding: DigestEncoding;
  label: string;
  text: string | undefined;
  values: Readonly<Record<string, string>>;
}): Diagnosis[] {
  const diagnoses: Diagnosis[] = [];
  if (encoding === 'hex')
    diagnoses.push(
      diagnose(
        'digest_hex',
        `${header} is the digest written in hex (${values[header]!.length} characters); Base64 is expected (${hash === 'sha512' ? 88 : 44} characters)`,
      ),
    );
  if (candidateHash !== hash)
    diagnoses.push(
      diagnose(
        'digest_algorithm_mismatch',
        `${header} holds the ${candidateHash.toUpperCase()} of the body, not its ${hash.toUpperCase()}`,
      ),
    );
  if (text !== undefined) {
    const length = Buffer.byteLength(text, 'utf8');
    const sameLength =
      values[signingConfig.contentLengthHeader] === String(length)
        ? ` (and Content-Length ${length} is that serialisation's length)`
        : '';
    diagnoses.push(
      diagnose(
        'digest_other_bytes',
        `${header} is the digest of another serialisation of the body: ${label}, ${length} bytes${sameLength}`,
      ),
    );
  }
  return diagnoses;
}

function matches(received: string, base64Digest: string, encoding: DigestEncoding): boolean {
  if (encoding === 'base64') return received === base64Digest;
  return received.toLowerCase() === Buffer.from(base64Digest, 'base64').toString('hex');
}

function asText(body: Uint8Array | string): string {
  return typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
}
