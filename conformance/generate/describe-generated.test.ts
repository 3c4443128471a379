import { describe, expect, test } from 'vitest';
import type { CaseResult } from '../conformance-report.js';
import { formatJunit } from '../format-junit.js';
import { formatSummary } from '../format-summary.js';
import { summarizeResults } from '../conformance-report.js';
import { sampleReport } from '../test-helpers/sample-report.js';
import { describeGenerated } from './describe-generated.js';

const failed: CaseResult = {
  id: 'generated/valid-body',
  title: 'a valid body drawn from the request schema creates a session and is echoed',
  tags: ['generated-valid', 'positive', 'generated'],
  outcome: 'fail',
  durationMs: 40,
  failures: [
    {
      check: 'expectation',
      step: 0,
      message: 'expected a new session (HTTP 200, status 100), got HTTP 400, status 400',
    },
  ],
  warnings: [],
  exchanges: [],
  generated: {
    property: 'valid-body',
    seed: 7,
    propertySeed: 123,
    runs: 12,
    shrinks: 30,
    warnings: 0,
    interrupted: false,
    path: '11:0:2',
    replay: 'valid-body@11:0:2',
    rerun: 'ingo-session conformance --seed 7 --replay valid-body@11:0:2',
    curl: 'printf %s e30= | base64 -d > ingo-case-0.json && eval "$(ingo-session sign --body ingo-case-0.json --base-url http://x --curl)"; echo',
    example: {
      summary: 'valid body: {"participant_unique_id1":"\\u00e9"}',
      size: '1 member, 1 characters of text, 29 bytes',
    },
  },
};

describe('generated cases in reports', () => {
  test('a diverging case says how to reproduce it; a catalog case or a case that held says nothing', () => {
    expect(describeGenerated(failed, '  ')).toEqual([
      '  shrunk in 30 steps to 1 member, 1 characters of text, 29 bytes (seed 7, case valid-body@11:0:2): valid body: {"participant_unique_id1":"\\u00e9"}',
      '  rerun: ingo-session conformance --seed 7 --replay valid-body@11:0:2',
      '  curl (signs when run; INGO_USERNAME and INGO_SECRET):',
      `    ${failed.generated!.curl}`,
    ]);
    expect(describeGenerated({ ...failed, generated: { ...failed.generated!, replay: undefined } as never })).toEqual(
      [],
    );
    expect(describeGenerated({ ...failed, generated: undefined } as never)).toEqual([]);
  });

  test('the summary and JUnit carry the seed, the rerun line and the curl command', () => {
    const base = sampleReport();
    const cases = [...base.cases, failed];
    const report = {
      ...base,
      cases,
      ...summarizeResults(cases),
      passed: false,
      generation: { seed: 7, cases: 12, durationMs: 40 },
    };
    const summary = formatSummary(report);
    expect(summary).toContain('Generated: 12 cases from seed 7 (rerun them with --generate 12 --seed 7)');
    expect(summary).toContain('      rerun: ingo-session conformance --seed 7 --replay valid-body@11:0:2\n');
    const junit = formatJunit(report);
    expect(junit).toContain('<property name="seed" value="7"/>');
    expect(junit).toContain(
      '<testcase classname="conformance.generated-valid" name="generated/valid-body: a valid body',
    );
    expect(junit).toContain('rerun: ingo-session conformance --seed 7 --replay valid-body@11:0:2');
    expect(junit).toContain('base64 -d &gt; ingo-case-0.json');
  });
});
