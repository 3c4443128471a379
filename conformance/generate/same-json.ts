import { canonicalizeJson } from '../../src/mock/canonicalize-json.js';

/** Whether two parsed JSON values are the same JSON value (RFC 8785 forms equal: member order and whitespace do not count). */
export function sameJson(left: unknown, right: unknown): boolean {
  return canonicalizeJson(left) === canonicalizeJson(right);
}
