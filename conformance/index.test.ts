import { expect, test } from 'vitest';
import * as conformanceEntry from './index.js';

test('ingo-session/conformance exports what a user calls, and none of the suite or CLI internals', () => {
  expect(Object.keys(conformanceEntry).sort()).toEqual(
    [
      'CommandStartError',
      'ConformanceError',
      'certifyClient',
      'certifyCommand',
      'createSpecMatcher',
      'formatCertifyJson',
      'formatCertifyJunit',
      'formatCertifySummary',
      'formatJsonReport',
      'formatJunit',
      'formatSummary',
      'installMatchers',
      'isCommandStartError',
      'isConformanceError',
      'parseBaseline',
      'recordBaseline',
      'runConformance',
      'toSatisfyApiSpec',
    ].sort(),
  );
});
