import { signingConfig } from '../spec/signing-config.js';
import type { Diagnosis, DiagnosisCode } from './explanation.js';

const { clockSkewSeconds } = signingConfig;

/**
 * The one-line fix of every diagnosis. docs/explain.md's table of mistakes repeats each one, and a
 * test keeps the two equal.
 */
export const diagnosisFixes: Readonly<Record<DiagnosisCode, string>> = {
  content_length_not_bytes:
    'Send Content-Length as the number of UTF-8 bytes of the body, not its characters (e.g. Buffer.byteLength, getBytes(UTF_8).length, len(body.encode())).',
  digest_hex: 'Send the digest header as Base64 of the raw digest bytes, not as hex.',
  digest_algorithm_mismatch:
    "Digest the body with the hash of the declared algorithm (SHA-512 in Content-sha512 for hmac-sha512) and send it in that algorithm's header.",
  digest_other_bytes:
    'Serialise the body once and digest, measure and send exactly those bytes; never re-serialise after signing.',
  signing_string_trailing_newline: 'Join the signing-string lines with "\\n" and add nothing after the last line.',
  signing_string_crlf: 'Join the signing-string lines with a bare LF ("\\n"), not CRLF.',
  header_order: 'Build the signing string in exactly the order of headers="…" (or declare the order you sign in).',
  request_line_version: `Sign the request line as "METHOD /path?query ${signingConfig.requestLine.httpVersion}", whatever protocol the connection uses.`,
  request_line_query: 'Sign the path exactly as sent, query string included (and only the query that is sent).',
  request_line_url: 'Sign the path and query only ("POST /api/v1/… HTTP/1.1"), not the full URL with scheme and host.',
  header_name_case: 'Write the header names of the signing string in lower case ("x-date: …").',
  header_value_whitespace:
    'Write each signing-string line as "name: value": one space after the colon, the value as sent, no other whitespace.',
  date_format:
    'Send X-Date as an IMF-fixdate in GMT, e.g. "Wed, 01 Apr 2026 20:18:47 GMT" (toUTCString, RFC 1123 with GMT, http.TimeFormat).',
  date_weekday: 'Compute the weekday from the date (format the instant, do not assemble the string by hand).',
  clock_skew: `Sync the sender's clock (NTP) and sign just before sending; the server accepts ±${clockSkewSeconds} s.`,
  signature_encoding:
    'Send the signature as standard Base64 (RFC 4648 §4, "+/" alphabet, with "=" padding) of the raw HMAC bytes.',
  username_mismatch: 'Send the username that belongs to the secret you sign with.',
  secret_whitespace:
    'Strip the line break or spaces from the secret where the sender reads it (a file or variable written with echo); sign with the secret bytes only.',
  content_type_changed:
    'Sign the Content-Type exactly as sent: set it, charset included, before signing, or stop the HTTP library from rewriting it afterwards.',
  content_type_not_json: 'Send Content-Type: application/json (and sign that same value).',
  content_length_changed:
    'Sign the Content-Length that goes on the wire: the UTF-8 byte length of the exact body bytes, computed after the body is final.',
  date_header_instead: 'Send the X-Date header (not only Date) with exactly the value you signed.',
  date_signed_other_format:
    'Format X-Date once, as an IMF-fixdate in GMT, and sign that same string (do not format the date again inside the signer).',
  date_signed_differs:
    'Stamp X-Date and sign in the same step, for every attempt: a retry must compute a new X-Date and a new signature together.',
  signed_header_dropped:
    'Make sure every header you sign reaches the wire (send Content-Length rather than chunked encoding; keep proxies from dropping it).',
  signed_names_differ: 'Sign exactly the names headers="…" declares, one line each, in that order.',
  header_list_separator: 'Separate the names in headers="…" with single spaces, not commas.',
  request_line_method: 'Sign the method in upper case, as sent ("POST").',
  request_line_form:
    'Sign the Kong request line "POST /path?query HTTP/1.1" for request-line, not the HTTP Signatures "(request-target)" form.',
  request_line_path:
    "Sign the full path as sent on the wire, the base URL's path prefix included, with no added or removed trailing slash.",
  signature_algorithm_mismatch:
    'Compute the signature with the hash of the declared algorithm (HMAC-SHA512 for algorithm="hmac-sha512").',
  secret_quoted:
    'Strip the quotes around the secret where the sender reads it (a .env value); sign with the secret only.',
  secret_decoded: "Use the secret's UTF-8 text as the HMAC key, as issued: do not Base64- or hex-decode it first.",
  wrong_secret_or_unknown:
    'Print the signing string your sender builds and compare it line by line with the expected one above; if they are equal, check that the secret is the one issued for this username.',
  missing_authorization:
    'Send an Authorization header of the hmac scheme with username, algorithm="hmac-sha512", headers and signature parameters.',
  malformed_authorization:
    'Write Authorization exactly as: hmac, a space, then username, algorithm, headers and signature as name="value" pairs, comma separated.',
  unsupported_algorithm: `Declare algorithm="${signingConfig.defaultAlgorithm}" (or "${signingConfig.legacyAlgorithm}" for legacy integrations).`,
  header_not_signed: `List at least ${signingConfig.requiredSignedHeaders.join(', ')} and the digest header in headers="…".`,
  missing_signed_header: 'Send every header you list in headers="…".',
  invalid_date: 'Send X-Date as an IMF-fixdate in GMT, e.g. "Wed, 01 Apr 2026 20:18:47 GMT".',
  content_length_mismatch: 'Send Content-Length as the byte length of the exact body sent.',
  digest_mismatch: "Digest the exact body bytes sent with the declared algorithm's hash and send the digest as Base64.",
};

/** A diagnosis of `code` with its fix from the table. */
export function diagnose(code: DiagnosisCode, message: string): Diagnosis {
  return { code, message, fix: diagnosisFixes[code] };
}
