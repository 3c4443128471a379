import type { CheckFailure } from './check-failure.js';
import { describeClassification, type Classification } from './classify-response.js';
import type { CaseExpectation, ExpectedRejection } from './conformance-case.js';
import { echoedFields, successStatuses } from './spec-facts.js';

/** One finished step as the expectation check sees it. */
export interface StepObservation {
  classification: Classification;
  /** The request body as sent, parsed, when it was JSON (for echo checks). */
  requestBody: unknown;
}

/**
 * Compares one step's response with its expectation: the outcome, the decision-table statuses, the
 * echo of the participant ids, and session relations to earlier steps of the same case.
 */
export function checkExpectation(
  expect: CaseExpectation,
  step: StepObservation,
  earlier: readonly StepObservation[],
): string[] {
  const got = step.classification;
  const problems: string[] = [];
  const wanted = {
    created: `a new session (HTTP 200, status ${successStatuses.created})`,
    replayed: `an idempotent replay (HTTP 200, status ${successStatuses.replayed})`,
    rejected: 'a rejection (HTTP 4xx, or HTTP 200 with an error envelope)',
  }[expect.outcome];
  if (got.kind !== expect.outcome) return [`expected ${wanted}, got ${describeClassification(got)}`];

  if (expect.outcome === 'rejected') {
    const rejections = expect.rejections ?? [];
    const matches = (r: ExpectedRejection) =>
      (got.form !== 'http' || got.httpStatus === r.httpStatus) && got.envelopeStatus === r.envelopeStatus;
    if (rejections.length > 0 && !rejections.some(matches)) {
      const wantedPairs = rejections
        .map((r) => `HTTP ${r.httpStatus} or 200 with envelope status ${r.envelopeStatus} [spec: ${r.source}]`)
        .join('; ');
      problems.push(
        `expected ${rejections.length > 1 ? `one of: ${wantedPairs};` : `${wantedPairs},`} got ${describeClassification(got)}${got.form === 'envelope' ? ' (rejected in the envelope)' : ''}`,
      );
    }
    return problems;
  }

  problems.push(...checkEcho(step));
  const relate = (index: number | undefined, same: boolean, field: 'sessionId' | 'authorizedUrl', label: string) => {
    if (index === undefined) return;
    const before = earlier[index]?.classification[field];
    const now = got[field];
    if (before === undefined) problems.push(`step ${index} has no ${label} to compare with`);
    else if ((now === before) !== same)
      problems.push(
        `expected ${same ? `the same ${label} as` : `a different ${label} from`} step ${index} (${before}), got ${now ?? 'none'}`,
      );
  };
  relate(expect.sameSessionAs, true, 'sessionId', 'session_identifier');
  relate(expect.differentSessionFrom, false, 'sessionId', 'session_identifier');
  relate(expect.differentUrlFrom, false, 'authorizedUrl', 'authorized_url');
  return problems;
}

/** A success must echo the request's participant ids; an id not sent echoes as "". */
export function checkEcho({ classification, requestBody }: StepObservation): string[] {
  if (typeof requestBody !== 'object' || requestBody === null || !classification.data) return [];
  const sent = requestBody as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of echoedFields) {
    const expected = sent[field] ?? '';
    const echoed = classification.data[field];
    if (echoed !== expected)
      problems.push(`data.${field} must echo the request (${show(expected)}), got ${show(echoed)}`);
  }
  return problems;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Wraps problems as failures of the `expectation` check for one step. */
export function toExpectationFailures(problems: readonly string[], step: number): CheckFailure[] {
  return problems.map((message) => ({ check: 'expectation', message, step }));
}
