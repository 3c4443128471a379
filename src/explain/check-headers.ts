import { createSessionMediaType } from '../spec/create-session-operation.js';
import { digestHeaderFor, isSigningAlgorithm, signingConfig, type SigningAlgorithm } from '../spec/signing-config.js';
import { parseAuthorization, type HmacAuthorization } from '../signing/authorization-header.js';
import { buildRequestLine } from '../signing/build-signing-string.js';
import { isSigningError } from '../signing/signing-error.js';
import type { CapturedRequest } from './captured-request.js';
import { diagnose } from './diagnosis-fixes.js';
import type { Diagnosis, ExplainCheck } from './explanation.js';

const { pseudoHeader } = signingConfig.requestLine;

// The checks of the request head that need no body and no secret.

/** The request line: what is signed for it (always HTTP/1.1) beside what was captured. */
export function checkRequestLine({ method, target, httpVersion }: CapturedRequest): {
  check: ExplainCheck;
  diagnoses: Diagnosis[];
} {
  const received = `${method} ${target}${httpVersion === undefined ? '' : ` ${httpVersion}`}`;
  try {
    return {
      check: {
        name: 'request_line',
        ok: true,
        expected: `${buildRequestLine(method, target)} (signed whatever the protocol)`,
        received,
      },
      diagnoses: [],
    };
  } catch (error) {
    if (!isSigningError(error)) throw error;
    return {
      check: {
        name: 'request_line',
        ok: false,
        expected: 'METHOD /path?query HTTP/1.1',
        received,
        message: error.message,
      },
      diagnoses: [],
    };
  }
}

/** Authorization, read by the project's parser; the signature itself is never shown. */
export function readAuthorization(value: string | undefined): {
  check: ExplainCheck;
  diagnoses: Diagnosis[];
  parsed?: HmacAuthorization;
} {
  const expected = `${signingConfig.authorizationScheme} username="…", algorithm="${signingConfig.defaultAlgorithm}", headers="…", signature=<Base64 HMAC>`;
  if (value === undefined || value === '') {
    return {
      check: { name: 'authorization', ok: false, expected, received: '(none)', message: 'Authorization is missing' },
      diagnoses: [diagnose('missing_authorization', 'the request has no Authorization header')],
    };
  }
  let parsed: HmacAuthorization;
  try {
    parsed = parseAuthorization(value);
  } catch (error) {
    if (!isSigningError(error)) throw error;
    // A list separated by commas (`headers="request-line,x-date"`, as HTTP Signatures libraries and
    // hand-written joins do): read it as meant, so that the signature can still be explained.
    const commas = value.replace(/(headers\s*=\s*")([^"]*)"/i, (_, start: string, list: string) =>
      list.includes(',') ? `${start}${list.replace(/\s*,\s*/g, ' ')}"` : `${start}${list}"`,
    );
    const read = commas === value ? undefined : tryParse(commas);
    if (read === undefined)
      return {
        check: { name: 'authorization', ok: false, expected, received: '(not readable)', message: error.message },
        diagnoses: [diagnose('malformed_authorization', error.message)],
      };
    const message = `headers="…" separates its names with commas: "${read.headers.join(',')}"; the verifier reads one space-separated list and rejects it`;
    return {
      check: { name: 'authorization', ok: false, expected, received: describeAuthorization(read), message },
      diagnoses: [diagnose('header_list_separator', message)],
      parsed: read,
    };
  }
  const received = describeAuthorization(parsed);
  if (isSigningAlgorithm(parsed.algorithm))
    return { check: { name: 'authorization', ok: true, expected, received }, diagnoses: [], parsed };
  const message = `algorithm "${parsed.algorithm.slice(0, 32)}" is not one of ${Object.keys(signingConfig.algorithms).join(', ')}`;
  return {
    check: { name: 'authorization', ok: false, expected, received, message },
    diagnoses: [diagnose('unsupported_algorithm', message)],
    parsed,
  };
}

// Everything but the signature, which is never shown.
function describeAuthorization(parsed: HmacAuthorization): string {
  return `${signingConfig.authorizationScheme} username="${parsed.username}", algorithm="${parsed.algorithm}", headers="${parsed.headers.join(' ')}", signature=(${parsed.signature.length} characters)`;
}

function tryParse(value: string): HmacAuthorization | undefined {
  try {
    return parseAuthorization(value);
  } catch (error) {
    if (!isSigningError(error)) throw error;
    return undefined;
  }
}

/** The request's username against the one the secret belongs to. */
export function checkUsername(received: string, expected: string): { check: ExplainCheck; diagnoses: Diagnosis[] } {
  if (received === expected) return { check: { name: 'username', ok: true, expected, received }, diagnoses: [] };
  const near =
    received.trim().toLowerCase() === expected.toLowerCase()
      ? ' (it differs only in case or surrounding whitespace)'
      : '';
  const message = `the request names username "${received}", but the secret belongs to "${expected}"${near}`;
  return {
    check: { name: 'username', ok: false, expected, received, message },
    diagnoses: [diagnose('username_mismatch', message)],
  };
}

/** Content-Type: the spec's media type, parameters (a charset) allowed. */
export function checkContentType(value: string | undefined): { check: ExplainCheck; diagnoses: Diagnosis[] } {
  const ok = value !== undefined && value.split(';')[0]!.trim().toLowerCase() === createSessionMediaType;
  const check: ExplainCheck = {
    name: 'content_type',
    ok,
    expected: createSessionMediaType,
    received: value ?? '(none)',
  };
  if (ok) return { check, diagnoses: [] };
  const message =
    value === undefined ? 'Content-Type is missing' : `Content-Type is "${value}", not ${createSessionMediaType}`;
  return { check: { ...check, message }, diagnoses: [diagnose('content_type_not_json', message)] };
}

/** headers="…" lists every required name and the algorithm's digest header, and the request sends each name listed. */
export function checkSignedHeaders(
  { headers }: HmacAuthorization,
  values: Readonly<Record<string, string>>,
  algorithm: SigningAlgorithm,
): { check: ExplainCheck; diagnoses: Diagnosis[] } {
  const required = [...signingConfig.requiredSignedHeaders, digestHeaderFor(algorithm)];
  const check: ExplainCheck = {
    name: 'signed_headers',
    ok: true,
    expected: `${required.join(' ')} (in any order)`,
    received: headers.join(' '),
  };
  const diagnoses: Diagnosis[] = [];
  const unsigned = required.filter((name) => !headers.includes(name));
  if (unsigned.length > 0)
    diagnoses.push(diagnose('header_not_signed', `headers="…" does not list ${unsigned.join(', ')}`));
  const absent = headers.filter((name) => name !== pseudoHeader && values[name] === undefined);
  if (absent.length > 0)
    diagnoses.push(
      diagnose('missing_signed_header', `headers="…" lists ${absent.join(', ')}, which the request does not send`),
    );
  if (diagnoses.length > 0)
    return { check: { ...check, ok: false, message: diagnoses.map((each) => each.message).join('; ') }, diagnoses };
  return { check, diagnoses };
}
