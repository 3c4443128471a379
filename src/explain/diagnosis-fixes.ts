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
  wrong_secret_or_unknown:
    'Check that the secret is the one issued for this username (no stray whitespace or newline), then compare your signing string with the expected one above.',
  missing_authorization:
    'Send an Authorization: hmac username="…", algorithm="hmac-sha512", headers="…", signature="…" header.',
  malformed_authorization:
    'Write Authorization exactly as hmac username="…", algorithm="…", headers="…", signature="…" (quoted values, comma separated).',
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
