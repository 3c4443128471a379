import { RequestValidationError } from '../errors/request-validation-error.js';
import { signingConfig } from '../spec/signing-config.js';
import { headerSpelling } from '../spec/signing-config.js';
import type { RequestSite } from './to-api-error.js';

const keyName = headerSpelling[signingConfig.idempotency.header] ?? signingConfig.idempotency.header;
// Visible ASCII with inner spaces: Headers would trim outer whitespace (another key), refuse CR, LF
// and NUL, and send characters beyond U+00FF as nothing a server agrees on.
const HEADER_SAFE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/**
 * The body as the JSON text to send, or a RequestValidationError when it has none: a circular
 * structure, a BigInt, a throwing toJSON, or a value JSON.stringify drops (undefined, a function).
 */
export function serializeBody(body: unknown, site: RequestSite): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(body);
  } catch (error) {
    throw new RequestValidationError(
      [
        {
          path: '',
          rule: 'json',
          message: `cannot be serialised as JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
      site,
    );
  }
  if (typeof text !== 'string')
    throw new RequestValidationError(
      [{ path: '', rule: 'json', message: `a ${typeof body} is not a JSON value` }],
      site,
    );
  return text;
}

/** Throws a RequestValidationError when an Idempotency-Key cannot travel unchanged in a header. */
export function checkKeyHeader(key: unknown, site: RequestSite): void {
  if (typeof key === 'string' && HEADER_SAFE.test(key)) return;
  const message =
    typeof key === 'string'
      ? `${keyName} must be visible ASCII (U+0021 to U+007E, inner spaces allowed) to travel unchanged in a header`
      : `${keyName} must be a string, not ${typeof key}`;
  throw new RequestValidationError([{ path: `/${keyName}`, rule: 'header', message }], site);
}
