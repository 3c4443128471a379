import { findConstraintSource, isDocumented, type ConstraintSource } from '../src/spec/find-constraint-source.js';
import { checkEcho, checkExpectation, type StepObservation } from './check-expectation.js';
import type { CaseExpectation, ExpectedRejection } from './conformance-case.js';

/** A step's expectation problems, split by severity. */
export interface ExpectationVerdict {
  /** Problems with documented constraints. */
  failures: string[];
  /** Problems with example-derived or assumed constraints only, with the rows they rest on. */
  warnings: { message: string; sources: ConstraintSource[] }[];
}

/**
 * Checks a step against its expectation (checkExpectation) and sorts each problem by the source
 * of what it rests on:
 * - an expectation whose `basis` is not documented (the mock's 64 KiB limit, a non-empty id):
 *   every problem is a warning;
 * - a rejection of the right kind whose HTTP or envelope status differs only where the decision
 *   table is an assumption: a warning;
 * - a participant id not echoed, where the echo is only seen in Ingo's example: a warning.
 * Everything else is a failure.
 */
export function judgeExpectation(
  expect: CaseExpectation,
  step: StepObservation,
  earlier: readonly StepObservation[],
): ExpectationVerdict {
  const problems = checkExpectation(expect, step, earlier);
  const verdict: ExpectationVerdict = { failures: [], warnings: [] };
  if (problems.length === 0) return verdict;
  if (expect.basis && !isDocumented(expect.basis)) {
    verdict.warnings.push(...problems.map((message) => ({ message, sources: [expect.basis!] })));
    return verdict;
  }
  const got = step.classification;
  const echoes = new Set(checkEcho(step));
  for (const message of problems) {
    const sources = echoes.has(message)
      ? echoSources(message)
      : got.kind === 'rejected' && expect.outcome === 'rejected'
        ? pairSources(expect.rejections ?? [], step)
        : undefined;
    if (sources) verdict.warnings.push({ message, sources });
    else verdict.failures.push(message);
  }
  return verdict;
}

/** The undocumented halves of the first expected pair that the rejection matches on every documented half. */
function pairSources(
  rejections: readonly ExpectedRejection[],
  { classification: got }: StepObservation,
): ConstraintSource[] | undefined {
  for (const rejection of rejections) {
    if (!rejection.sources) continue;
    const differs: ConstraintSource[] = [];
    if (got.form === 'http' && got.httpStatus !== rejection.httpStatus) differs.push(rejection.sources.httpStatus);
    if (got.envelopeStatus !== rejection.envelopeStatus) differs.push(rejection.sources.envelopeStatus);
    if (differs.length > 0 && !differs.some(isDocumented)) return differs;
  }
  return undefined;
}

/** The source of the echo rule of the `data.<field>` an echo problem names, when not documented. */
function echoSources(message: string): ConstraintSource[] | undefined {
  const field = /^data\.([A-Za-z0-9_]+) /.exec(message)?.[1];
  if (!field) return undefined;
  const source = findConstraintSource(`#/components/schemas/SessionData/properties/${field}`, 'echo');
  return isDocumented(source) ? undefined : [source];
}
