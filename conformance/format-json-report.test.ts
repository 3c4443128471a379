import { expect, test } from 'vitest';
import { formatJsonReport } from './format-json-report.js';
import { sampleReport } from './test-helpers/sample-report.js';

test('the JSON report round-trips the report', () => {
  const report = sampleReport();
  const text = formatJsonReport(report);
  expect(text.endsWith('}\n')).toBe(true);
  expect(JSON.parse(text)).toEqual(report);
});
