import type { CheckFailure } from './check-failure.js';
import type { Classification, RejectionForm } from './classify-response.js';
import type { GeneratedCaseInfo } from './generate/generated-case-info.js';

/**
 * A case's verdict. `not_enforced` never counts as a pass. `warning`: the server differs from the
 * spec only in example-derived or assumed constraints (a pass for the verdict, listed apart).
 */
export type CaseOutcome = 'pass' | 'warning' | 'fail' | 'not_enforced' | 'skipped';

/** One-character marks for outcomes in text output. */
export const outcomeMarks: Readonly<Record<CaseOutcome, string>> = {
  pass: '✓',
  warning: '!',
  fail: '✗',
  not_enforced: '○',
  skipped: '-',
};

/** One request and its response, as recorded in reports (Authorization and secrets redacted). */
export interface ExchangeRecord {
  step: number;
  request: { method: string; path: string; headers: Record<string, string>; bodyBytes: number; bodyPreview: string };
  response?: { status: number; contentType: string | null; bodyPreview: string; classification: Classification };
  /** Attempts made (more than one after HTTP 429). */
  attempts: number;
  durationMs: number;
}

/** The result of one case. */
export interface CaseResult {
  id: string;
  title: string;
  tags: readonly string[];
  outcome: CaseOutcome;
  durationMs: number;
  failures: CheckFailure[];
  /** Differences from example-derived or assumed constraints only, each naming its spec rows. */
  warnings: CheckFailure[];
  /** Why the case was skipped or not enforced, and what the server did. */
  note?: string;
  /** For a case whose last response was a rejection: the form the server used. */
  rejectionForm?: RejectionForm;
  exchanges: ExchangeRecord[];
  /** For a generated property (`--generate`): its seed, runs and, when it diverged, the shrunk case and how to rerun it. */
  generated?: GeneratedCaseInfo;
  /** Findings a baseline (`--baseline FILE`) records: reported apart, never failing the run. */
  baselined?: (CheckFailure & { severity: 'failure' | 'warning' })[];
}

/** Counts by outcome. */
export interface ConformanceTotals {
  selected: number;
  pass: number;
  /** Cases that passed except for warnings. */
  warning: number;
  fail: number;
  notEnforced: number;
  skipped: number;
}

/** Everything a run found; serialisable as JSON. */
export interface ConformanceReport {
  target: { baseUrl: string; embeddedMock: boolean };
  profile: { name: string; description: string; unenforcedTags: readonly string[] };
  /** Whether warnings were turned into failures (`--strict-assumptions`). */
  strictAssumptions: boolean;
  startedAt: string;
  durationMs: number;
  totals: ConformanceTotals;
  /** How the server expressed the rejections it made: HTTP 4xx or HTTP 200 with an error envelope. */
  rejectionForms: Record<RejectionForm, number>;
  /** Whether the run passed: no failure (warnings do not fail), and no case left unenforced unless the profile allows it. */
  passed: boolean;
  cases: CaseResult[];
  /** Present when cases were generated (`--generate`): the seed that reproduces them, the number asked for, the replayed id, how long generating took. */
  generation?: { seed: number; cases: number; replay?: string; durationMs: number };
  /** Present when a baseline was applied: findings it records, findings of this run it held, new findings. */
  baseline?: { recorded: number; baselined: number; new: number };
}

/** Counts outcomes and rejection forms over case results. */
export function summarizeResults(cases: readonly CaseResult[]): {
  totals: ConformanceTotals;
  rejectionForms: Record<RejectionForm, number>;
} {
  const totals: ConformanceTotals = { selected: 0, pass: 0, warning: 0, fail: 0, notEnforced: 0, skipped: 0 };
  const rejectionForms: Record<RejectionForm, number> = { http: 0, envelope: 0 };
  for (const result of cases) {
    if (result.outcome === 'skipped') totals.skipped++;
    else {
      totals.selected++;
      if (result.outcome === 'pass') totals.pass++;
      else if (result.outcome === 'warning') totals.warning++;
      else if (result.outcome === 'fail') totals.fail++;
      else totals.notEnforced++;
    }
    if (result.rejectionForm) rejectionForms[result.rejectionForm]++;
  }
  return { totals, rejectionForms };
}

/** The process exit code for a report: 0 when it passed, 1 otherwise. */
export function reportExitCode(report: Pick<ConformanceReport, 'passed'>): number {
  return report.passed ? 0 : 1;
}
