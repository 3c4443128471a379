import { signingConfig } from '../spec/signing-config.js';
import { joinHeaderNames, parseHeaderList } from './signed-header-list.js';
import { SigningError } from './signing-error.js';

/** The four parameters of an `Authorization: hmac …` header. */
export interface HmacAuthorization {
  username: string;
  /** Algorithm id as sent, such as `hmac-sha512`; not checked here. */
  algorithm: string;
  /** Signed header names, lower-case, in signing order. */
  headers: string[];
  /** Base64 signature. */
  signature: string;
}

const SCHEME = signingConfig.authorizationScheme;
const PARAMETERS = ['username', 'algorithm', 'headers', 'signature'] as const;
// What a parameter value may hold so that it survives as an HTTP header value: printable ASCII, no quote or backslash.
const PARAMETER_VALUE = /^[\x20\x21\x23-\x5b\x5d-\x7e]+$/;
// The form formatAuthorization writes (any scheme case, any spacing after commas): read by one
// regular expression, the usual case on the verifier's hot path. Anything else goes to the scanner.
const CANONICAL = new RegExp(
  `^${SCHEME} username="([^"]*)",[ \\t]*algorithm="([^"]*)",[ \\t]*headers="([^"]*)",[ \\t]*signature="([^"]*)"$`,
  'i',
);
const EQUALS = 0x3d;
const QUOTE = 0x22;
const COMMA = 0x2c;

/**
 * Parses an `Authorization` value of the hmac scheme. Tolerates parameter order, a case-insensitive
 * scheme and parameter names, spaces around `=` and `,` (or none), a trailing comma, and ignores
 * unknown parameters (as Kong does). Throws a SigningError naming what is wrong; the message
 * never quotes a parameter value, so never the signature. It runs on every verified request: the
 * canonical form is read by one regular expression, any other by a character scanner.
 */
export function parseAuthorization(value: string): HmacAuthorization {
  const canonical = CANONICAL.exec(value);
  if (canonical) return checkParameters(canonical[1]!, canonical[2]!, canonical[3]!, canonical[4]!);
  let at = skipSpaces(value, 0);
  const schemeEnd = scanName(value, at);
  const scheme = value.slice(at, schemeEnd);
  if (scheme.toLowerCase() !== SCHEME) throw new SigningError(describeWrongScheme(value, scheme, schemeEnd));
  if (schemeEnd < value.length && !isSpace(value.charCodeAt(schemeEnd))) {
    throw new SigningError(`Authorization must separate the "${SCHEME}" scheme from its parameters with a space`);
  }
  const found = new Map<string, string>();
  at = skipSpaces(value, schemeEnd);
  while (at < value.length) {
    const start = at;
    const nameEnd = scanName(value, at);
    if (nameEnd === at)
      throw new SigningError(`Authorization is malformed at character ${at + 1}: expected name="value"`);
    const name = value.slice(at, nameEnd).toLowerCase();
    at = skipSpaces(value, nameEnd);
    if (value.charCodeAt(at) !== EQUALS) throw parameterError(name, start, 'has no "="');
    at = skipSpaces(value, at + 1);
    if (value.charCodeAt(at) !== QUOTE) throw parameterError(name, start, 'must be a quoted string');
    const close = value.indexOf('"', at + 1);
    if (close === -1) throw parameterError(name, start, 'has no closing quote');
    if (found.has(name)) throw parameterError(name, start, 'is repeated');
    found.set(name, value.slice(at + 1, close));
    at = skipSpaces(value, close + 1);
    if (at < value.length) {
      if (value.charCodeAt(at) !== COMMA) throw parameterError(name, start, 'must be followed by ","');
      at = skipSpaces(value, at + 1);
    }
  }
  for (const name of PARAMETERS) {
    if (!found.has(name)) throw new SigningError(`Authorization lacks the ${name} parameter`);
  }
  return checkParameters(
    found.get('username')!,
    found.get('algorithm')!,
    found.get('headers')!,
    found.get('signature')!,
  );
}

function checkParameters(username: string, algorithm: string, headers: string, signature: string): HmacAuthorization {
  checkNotEmpty('username', username);
  checkNotEmpty('algorithm', algorithm);
  checkNotEmpty('headers', headers);
  checkNotEmpty('signature', signature);
  return { username, algorithm, headers: parseHeaderList(headers), signature };
}

/**
 * Writes the canonical `Authorization` value: `hmac username="…", algorithm="…", headers="…",
 * signature="…"`, the header names lower-cased. The one writer of the header (the signer uses it
 * too). Throws a SigningError for a value that could not travel in the header or a header list
 * that is empty, invalid or repeats a name.
 */
export function formatAuthorization({
  username,
  algorithm,
  headers,
  signature,
}: Omit<HmacAuthorization, 'headers'> & { headers: readonly string[] }): string {
  checkParameterValue('username', username);
  checkParameterValue('algorithm', algorithm);
  checkParameterValue('signature', signature);
  return `${SCHEME} username="${username}", algorithm="${algorithm}", headers="${joinHeaderNames(headers)}", signature="${signature}"`;
}

function checkNotEmpty(name: string, parameterValue: string): void {
  if (parameterValue.trim() === '') throw new SigningError(`Authorization parameter ${name} is empty`);
}

function checkParameterValue(name: string, parameterValue: string): void {
  if (typeof parameterValue !== 'string' || !PARAMETER_VALUE.test(parameterValue) || parameterValue.trim() === '') {
    throw new SigningError(`Authorization ${name} must be non-empty printable ASCII without quotes or backslashes`);
  }
}

// Only the known parameter names are echoed: anything else could be a pasted signature.
function parameterError(name: string, at: number, problem: string): SigningError {
  const label = (PARAMETERS as readonly string[]).includes(name)
    ? `parameter ${name}`
    : `the parameter at character ${at + 1}`;
  return new SigningError(`Authorization ${label} ${problem}`);
}

function describeWrongScheme(value: string, scheme: string, schemeEnd: number): string {
  const expected = `Authorization must use the "${SCHEME}" scheme`;
  if (scheme === '') return `${expected}; the value is empty or does not start with a scheme`;
  // A lone token may be a bare signature or token: do not echo it. A short word before a space is a scheme.
  const looksLikeScheme = scheme.length <= 20 && isSpace(value.charCodeAt(schemeEnd));
  return looksLikeScheme ? `${expected}, not "${scheme}"` : `${expected}; the value does not start with a scheme`;
}

function scanName(value: string, from: number): number {
  let at = from;
  while (at < value.length && isNameChar(value.charCodeAt(at))) at++;
  return at;
}

function skipSpaces(value: string, from: number): number {
  let at = from;
  while (at < value.length && isSpace(value.charCodeAt(at))) at++;
  return at;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

// Letters, digits, `-` and `_`: enough for schemes and parameter names.
function isNameChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2d ||
    code === 0x5f
  );
}
