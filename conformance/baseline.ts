import type { CheckFailure } from './check-failure.js';
import { ConformanceError } from './conformance-error.js';
import { summarizeResults, type CaseResult, type ConformanceReport } from './conformance-report.js';

/**
 * One recorded finding. It is identified by case, severity and check, not by message: messages
 * carry values that change from run to run (keys, session ids, generated bodies).
 */
export interface BaselineFinding {
  caseId: string;
  severity: 'failure' | 'warning';
  check: string;
  /** The message when recorded, for people reading the file. */
  message: string;
}

/** A baseline file (`--write-baseline`): the findings a team knowingly accepts today. */
export interface Baseline {
  version: 1;
  findings: BaselineFinding[];
}

/** How a run compared with its baseline. */
export interface BaselineSummary {
  /** Findings in the baseline. */
  recorded: number;
  /** Findings of this run that the baseline holds (reported apart, never failing the run). */
  baselined: number;
  /** Findings of this run that the baseline does not hold. */
  new: number;
}

/** Every finding of a report, as a baseline records them. */
export function recordBaseline(report: ConformanceReport): Baseline {
  const findings = report.cases.flatMap((c) => [
    ...c.failures.map((f) => finding(c.id, 'failure', f)),
    ...c.warnings.map((w) => finding(c.id, 'warning', w)),
    ...(c.baselined ?? []).map((b) => finding(c.id, b.severity, b)),
  ]);
  return { version: 1, findings: unique(findings) };
}

/** Reads a baseline file's text; throws a ConformanceError naming what is wrong. */
export function parseBaseline(text: string, file = 'the baseline'): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConformanceError(`${file} is not JSON: write it with --write-baseline`);
  }
  const findings = (value as { findings?: unknown } | null)?.findings;
  if ((value as { version?: unknown } | null)?.version !== 1 || !Array.isArray(findings))
    throw new ConformanceError(`${file} is not a conformance baseline (version 1 with "findings")`);
  for (const f of findings) {
    const ok =
      typeof f === 'object' &&
      f !== null &&
      typeof f.caseId === 'string' &&
      (f.severity === 'failure' || f.severity === 'warning') &&
      typeof f.check === 'string';
    if (!ok)
      throw new ConformanceError(`${file} has a finding without caseId, severity and check: ${JSON.stringify(f)}`);
  }
  return value as Baseline;
}

/**
 * The report with the baseline applied: every failure or warning the baseline records moves to the
 * case's `baselined` list (so reports show it apart), outcomes and totals are recomputed, and the
 * run fails only on new failures.
 */
export function applyBaseline(
  report: ConformanceReport,
  baseline: Baseline,
  /** `complete: false`: the run was cut short (its time limit left a catalog case unrun), which no baseline forgives. */
  { complete = true }: { complete?: boolean } = {},
): ConformanceReport {
  const known = new Set(baseline.findings.map(keyOf));
  let baselined = 0;
  let fresh = 0;
  const cases = report.cases.map((c): CaseResult => {
    const isKnown = (severity: BaselineFinding['severity'], f: CheckFailure) =>
      known.has(keyOf(finding(c.id, severity, f)));
    const moved = [
      ...c.failures.filter((f) => isKnown('failure', f)).map((f) => ({ ...f, severity: 'failure' as const })),
      ...c.warnings.filter((w) => isKnown('warning', w)).map((w) => ({ ...w, severity: 'warning' as const })),
    ];
    const failures = c.failures.filter((f) => !isKnown('failure', f));
    const warnings = c.warnings.filter((w) => !isKnown('warning', w));
    baselined += moved.length;
    fresh += failures.length + warnings.length;
    if (moved.length === 0) return c;
    const outcome =
      c.outcome !== 'fail' && c.outcome !== 'warning'
        ? c.outcome
        : failures.length > 0
          ? 'fail'
          : warnings.length > 0
            ? 'warning'
            : 'pass';
    return { ...c, outcome, failures, warnings, baselined: moved };
  });
  const { totals, rejectionForms } = summarizeResults(cases);
  // As in runConformance: no failure, and no case left unenforced unless the profile allows it.
  const passed =
    totals.fail === 0 && (report.profile.unenforcedTags.length > 0 || totals.notEnforced === 0) && complete;
  return {
    ...report,
    cases,
    totals,
    rejectionForms,
    passed,
    baseline: { recorded: baseline.findings.length, baselined, new: fresh },
  };
}

function finding(caseId: string, severity: BaselineFinding['severity'], f: CheckFailure): BaselineFinding {
  return { caseId, severity, check: f.check, message: f.message };
}

function keyOf(f: Pick<BaselineFinding, 'caseId' | 'severity' | 'check'>): string {
  return `${f.caseId}\u0000${f.severity}\u0000${f.check}`;
}

function unique(findings: readonly BaselineFinding[]): BaselineFinding[] {
  return [...new Map(findings.map((f) => [keyOf(f), f])).values()];
}
