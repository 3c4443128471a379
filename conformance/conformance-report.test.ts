import { expect, test } from 'vitest';
import { reportExitCode, summarizeResults } from './conformance-report.js';
import { sampleReport } from './test-helpers/sample-report.js';

test('totals count every outcome (warnings apart); not enforced is never a pass; rejection forms are counted', () => {
  const { totals, rejectionForms } = summarizeResults(sampleReport().cases);
  expect(totals).toEqual({ selected: 4, pass: 1, warning: 1, fail: 1, notEnforced: 1, skipped: 1 });
  expect(rejectionForms).toEqual({ http: 1, envelope: 1 });
  expect(reportExitCode({ passed: true })).toBe(0);
  expect(reportExitCode({ passed: false })).toBe(1);
});
