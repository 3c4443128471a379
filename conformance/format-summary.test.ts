import { expect, test } from 'vitest';
import { formatSummary } from './format-summary.js';
import { sampleReport } from './test-helpers/sample-report.js';

test('the summary shows the target, a table per group, failures, warnings, unenforced cases, skips, rejection forms and the verdict', () => {
  expect(formatSummary(sampleReport())).toBe(
    [
      'ingo-session conformance: http://127.0.0.1:4010, profile no-auth',
      '',
      'group       pass  warning  fail  not enforced  skipped',
      'positive       1        0     0             0        0',
      'auth           0        0     1             1        0',
      'validation     0        1     0             0        0',
      'legacy         0        0     0             0        1',
      'total          1        1     1             1        1',
      '',
      'Failed:',
      '  ✗ wrong-secret: title of wrong-secret',
      '      [expectation] expected a rejection <"&\'> got HTTP 200, status 100\uFFFD',
      '',
      'Warnings (differences from example-derived or assumed spec rows only; --strict-assumptions makes them failures):',
      '  ! body-too-large: title of body-too-large',
      '      [expectation] expected a rejection, got HTTP 200, status 100 [spec: #/x-ingo-limits maxBodyBytes (assumption)]',
      '',
      'Not enforced (profile no-auth; never counted as passes):',
      '  ○ stale-x-date: not enforced by profile no-auth (tag auth); the server answered HTTP 200, status 100',
      '',
      'Skipped: 1 (opt-in tag legacy (select it with tags: legacy))',
      'Rejections: 1 as HTTP 4xx, 1 as HTTP 200 with an error envelope',
      'FAILED: 1 passed, 1 warnings, 1 failed, 1 not enforced, 1 skipped of 5 cases in 1.23 s',
      '',
    ].join('\n'),
  );
});

test('a passing run against the embedded mock says so', () => {
  const report = sampleReport({ passed: true, target: { baseUrl: 'http://127.0.0.1:1', embeddedMock: true } });
  const text = formatSummary({ ...report, cases: report.cases.filter((c) => c.outcome === 'pass') });
  expect(text.split('\n')[0]).toBe('ingo-session conformance: http://127.0.0.1:1 (embedded mock), profile no-auth');
  expect(text).not.toMatch(/Failed:|Warnings|Not enforced|Skipped:/);
  expect(text).toMatch(/\nPASSED: /);
});
