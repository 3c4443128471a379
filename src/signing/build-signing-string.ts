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

/** The request line that is signed: `METHOD path?query HTTP/1.1`. */
export function buildRequestLine(method: string, path: string): string {
  return `${method.toUpperCase()} ${path} ${httpVersion}`;
}

/**
 * Builds the Kong-style signing string: one line per signed name, in the given order;
 * `request-line` gives the request line, any other name gives `name: value`; lines are joined with
 * LF and there is no trailing newline.
 */
export function buildSigningString(parts: SigningStringParts, headerNames: readonly string[]): string {
  const lines = new Array<string>(headerNames.length);
  for (let i = 0; i < headerNames.length; i++) {
    const name = headerNames[i]!.toLowerCase();
    if (name === pseudoHeader) {
      lines[i] = buildRequestLine(parts.method, parts.path);
      continue;
    }
    const value = parts.headers[name];
    if (value === undefined) throw new SigningError(`cannot sign header "${name}": the request has no value for it`);
    lines[i] = `${name}: ${value}`;
  }
  return lines.join(signingConfig.lineSeparator);
}
