import type { CaseExpectation } from './conformance-case.js';
import type { SpecRejection } from './spec-rejections.js';

/** Expect a new session (envelope status 100). */
export const expectCreated: CaseExpectation = { outcome: 'created' };

/** Expect a rejection matching one of the given rows of the spec's decision table. */
export function expectRejected(...rejections: SpecRejection[]): CaseExpectation {
  return { outcome: 'rejected', rejections };
}
