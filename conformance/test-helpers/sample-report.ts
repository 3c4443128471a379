import type { CaseResult, ConformanceReport } from '../conformance-report.js';
import { summarizeResults } from '../conformance-report.js';

const result = (
  id: string,
  tags: string[],
  outcome: CaseResult['outcome'],
  extra: Partial<CaseResult> = {},
): CaseResult => ({
  id,
  title: `title of ${id}`,
  tags,
  outcome,
  durationMs: 12.5,
  failures: [],
  warnings: [],
  exchanges: [],
  ...extra,
});

/** A small report with one case of every outcome, and text that needs escaping. */
export function sampleReport(overrides: Partial<ConformanceReport> = {}): ConformanceReport {
  const cases: CaseResult[] = [
    result('minimal-body', ['positive'], 'pass'),
    result('wrong-secret', ['auth', 'signature'], 'fail', {
      rejectionForm: 'envelope',
      failures: [
        { check: 'expectation', step: 0, message: 'expected a rejection <"&\'> got HTTP 200, status 100\u0001' },
      ],
      exchanges: [
        {
          step: 0,
          request: { method: 'POST', path: '/api', headers: {}, bodyBytes: 10, bodyPreview: '{}' },
          response: {
            status: 200,
            contentType: 'application/json',
            bodyPreview: '{"status":100}',
            classification: { kind: 'created', httpStatus: 200, envelopeStatus: 100 },
          },
          attempts: 1,
          durationMs: 3,
        },
      ],
    }),
    result('stale-x-date', ['auth', 'clock'], 'not_enforced', {
      note: 'not enforced by profile no-auth (tag auth); the server answered HTTP 200, status 100',
      rejectionForm: 'http',
    }),
    result('body-too-large', ['validation', 'limits'], 'warning', {
      warnings: [
        {
          check: 'expectation',
          step: 0,
          message: 'expected a rejection, got HTTP 200, status 100 [spec: #/x-ingo-limits maxBodyBytes (assumption)]',
        },
      ],
    }),
    result('legacy-hmac-sha256', ['legacy', 'auth'], 'skipped', {
      note: 'opt-in tag legacy (select it with tags: legacy)',
      durationMs: 0,
    }),
  ];
  const { totals, rejectionForms } = summarizeResults(cases);
  return {
    target: { baseUrl: 'http://127.0.0.1:4010', embeddedMock: false },
    profile: { name: 'no-auth', description: 'd', unenforcedTags: ['auth', 'stateful'] },
    strictAssumptions: false,
    startedAt: '2026-04-01T20:18:47.000Z',
    durationMs: 1234,
    totals,
    rejectionForms,
    passed: false,
    cases,
    ...overrides,
  };
}
