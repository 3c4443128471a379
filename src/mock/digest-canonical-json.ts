import { createHash } from 'node:crypto';
import { canonicalizeJson } from './canonicalize-json.js';

/**
 * The base64url SHA-256 of a JSON value's RFC 8785 canonical form: what the mock keeps of a body to
 * tell a replay (same digest) from a key reused with another body, in 43 characters whatever the
 * body's size.
 */
export function digestCanonicalJson(value: unknown): string {
  return createHash('sha256').update(canonicalizeJson(value)).digest('base64url');
}
