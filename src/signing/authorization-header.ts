import { signingConfig } from '../spec/signing-config.js';
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
// One `name="value"` pair, with optional whitespace around `=` and a comma before the next pair.
const PAIR = /\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*"([^"]*)"\s*(,|$)/y;

/**
 * Parses an `Authorization` value of the hmac scheme. Tolerates parameter order, a case-insensitive
 * scheme and extra spaces; ignores unknown parameters (as Kong does). Throws a SigningError naming
 * what is wrong; the message never quotes the signature.
 */
export function parseAuthorization(value: string): HmacAuthorization {
  const trimmed = value.trim();
  const space = trimmed.search(/\s/);
  const scheme = space === -1 ? trimmed : trimmed.slice(0, space);
  if (scheme.toLowerCase() !== SCHEME) {
    throw new SigningError(`Authorization must use the "${SCHEME}" scheme, not "${scheme.slice(0, 20)}"`);
  }
  const found: Record<string, string> = {};
  const rest = space === -1 ? '' : trimmed.slice(space);
  PAIR.lastIndex = 0;
  while (PAIR.lastIndex < rest.length) {
    const at = PAIR.lastIndex;
    const match = PAIR.exec(rest);
    if (!match) throw new SigningError(`Authorization is malformed at character ${at + space + 1}: expected name="value"`);
    const [, rawName, parameterValue] = match as unknown as [string, string, string];
    const name = rawName.toLowerCase();
    if (Object.hasOwn(found, name)) throw new SigningError(`Authorization repeats the parameter "${name}"`);
    found[name] = parameterValue;
  }
  for (const name of PARAMETERS) {
    if (!found[name]) throw new SigningError(`Authorization lacks the parameter ${name}="…"`);
  }
  const headers = found.headers!.trim().toLowerCase().split(/\s+/);
  if (new Set(headers).size !== headers.length) throw new SigningError('Authorization headers="…" lists a name twice');
  return { username: found.username!, algorithm: found.algorithm!, headers, signature: found.signature! };
}

/** Writes the canonical `Authorization` value: `hmac username="…", algorithm="…", headers="…", signature="…"`. */
export function formatAuthorization({ username, algorithm, headers, signature }: HmacAuthorization): string {
  for (const [name, value] of [['username', username], ['algorithm', algorithm], ['signature', signature]] as const) {
    if (!value || /["\r\n]/.test(value)) throw new SigningError(`Authorization ${name} must be non-empty and contain no quote or line break`);
  }
  if (headers.length === 0) throw new SigningError('Authorization must sign at least one header');
  return `${SCHEME} username="${username}", algorithm="${algorithm}", headers="${headers.join(' ')}", signature="${signature}"`;
}
