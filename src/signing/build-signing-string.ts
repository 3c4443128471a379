import { signingConfig } from '../spec/signing-config.js';
import { SigningError } from './signing-error.js';

/** What the signing string is built from. */
export interface SigningStringParts {
  /** HTTP method, such as `POST` (upper-cased here). */
  method: string;
  /** Path and query exactly as sent, such as `/api/v1/sessions/point-in-time/plugin?x=1`. */
  path: string;
  /** Header values by lower-case name, exactly as sent. */
  headers: Readonly<Record<string, string | undefined>>;
}

const { pseudoHeader, httpVersion } = signingConfig.requestLine;
const { lineSeparator } = signingConfig;
// An RFC 7230 token: what a method may be.
const METHOD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Whitespace or control characters cannot appear in a request target on the wire.
const NOT_IN_PATH = /[\x00-\x20\x7f]/;

/**
 * The request line that is signed: `METHOD path?query HTTP/1.1`. Throws a SigningError when the
 * method is not a token or the path is not an origin-form target (it must start with `/` and hold
 * no whitespace), because such a line could not be the one sent.
 */
export function buildRequestLine(method: string, path: string): string {
  // POST, the usual method, is a token already in upper case: no test or copy needed.
  if (method === 'POST') return buildCheckedLine(method, path);
  if (!METHOD.test(method))
    throw new SigningError('cannot sign the request line: the method must be an HTTP token such as POST');
  return buildCheckedLine(method.toUpperCase(), path);
}

function buildCheckedLine(method: string, path: string): string {
  if (path.charCodeAt(0) !== 0x2f) {
    throw new SigningError(
      `cannot sign the request line: the path must start with "/" (the path and query, not a full URL)`,
    );
  }
  if (NOT_IN_PATH.test(path)) {
    throw new SigningError(
      'cannot sign the request line: the path contains whitespace or a control character; percent-encode it',
    );
  }
  return `${method} ${path} ${httpVersion}`;
}

/**
 * Builds the Kong-style signing string: one line per signed name, in the given order;
 * `request-line` gives the request line, any other name gives `name: value`; lines are joined with
 * LF and there is no trailing newline. Throws a SigningError naming a header that has no value or
 * whose value holds a line break (it would forge an extra line).
 */
export function buildSigningString(parts: SigningStringParts, headerNames: readonly string[]): string {
  let out = '';
  for (let i = 0; i < headerNames.length; i++) {
    const name = headerNames[i]!.toLowerCase();
    if (i > 0) out += lineSeparator;
    if (name === pseudoHeader) {
      out += buildRequestLine(parts.method, parts.path);
      continue;
    }
    const value = parts.headers[name];
    if (value === undefined) throw new SigningError(`cannot sign header "${name}": the request has no value for it`);
    out += `${name}: ${value}`;
  }
  // One scan of the result instead of one per value; only a failure looks for the culprit.
  if (out.includes('\r') || countLineFeeds(out) !== Math.max(headerNames.length - 1, 0))
    throw lineBreakError(parts, headerNames);
  return out;
}

function countLineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf(lineSeparator); at !== -1; at = text.indexOf(lineSeparator, at + 1)) count++;
  return count;
}

function lineBreakError(parts: SigningStringParts, headerNames: readonly string[]): SigningError {
  const name = headerNames
    .map((each) => each.toLowerCase())
    .find((each) => each !== pseudoHeader && /[\r\n]/.test(parts.headers[each] ?? ''));
  return new SigningError(
    name === undefined
      ? 'cannot sign: a header name contains a line break'
      : `cannot sign header "${name}": its value contains a line break`,
  );
}
