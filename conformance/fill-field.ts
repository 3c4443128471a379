import type { FieldLengthLimit } from './spec-facts.js';

const URI_PREFIX = 'https://example.com/';

/**
 * A value of exactly `length` characters for a request field: plain letters, or for a `uri` field
 * a valid URI (scheme and host, then a path) so that only its length is under test.
 */
export function fillField(limit: FieldLengthLimit, length: number): string {
  if (limit.format === 'uri') {
    if (length < URI_PREFIX.length)
      throw new Error(`a URI for ${limit.field} needs at least ${URI_PREFIX.length} characters, not ${length}`);
    return URI_PREFIX + 'a'.repeat(length - URI_PREFIX.length);
  }
  return 'x'.repeat(length);
}
