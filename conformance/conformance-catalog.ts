import { authCases } from './catalog-auth.js';
import { idempotencyCases } from './catalog-idempotency.js';
import { legacyCases } from './catalog-legacy.js';
import { positiveCases } from './catalog-positive.js';
import { validationCases } from './catalog-validation.js';
import type { ConformanceCase } from './conformance-case.js';
import type { HostUriOptions } from './host-uri.js';
import { lenientCases } from './lenient-mistakes.js';

/** Tags whose cases run only when asked for by name (`--tags legacy`). */
export const optInTags: readonly string[] = ['legacy'];

/**
 * Every conformance case, in catalog order: positive, authentication, validation, idempotency,
 * legacy. Throws if two cases share an id, since ids name cases in reports and CI history.
 */
export function createCatalog(options: HostUriOptions = {}): ConformanceCase[] {
  const cases = [
    ...positiveCases(options),
    ...authCases(),
    ...validationCases(),
    ...idempotencyCases(),
    ...lenientCases(),
    ...legacyCases(),
  ];
  const seen = new Set<string>();
  for (const { id } of cases) {
    if (seen.has(id)) throw new Error(`two conformance cases share the id ${id}`);
    seen.add(id);
  }
  return cases;
}
