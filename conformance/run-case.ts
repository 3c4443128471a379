import { redactSecrets } from '../src/errors/ingo-session-error.js';
import { describeSourceRow } from '../src/spec/find-constraint-source.js';
import type { CheckFailure } from './check-failure.js';
import { toExpectationFailures, type StepObservation } from './check-expectation.js';
import { judgeExpectation } from './judge-expectation.js';
import { checkResponse, preview } from './check-response.js';
import { classifyResponse, describeClassification, type Classification } from './classify-response.js';
import { caseSteps, type CaseContext, type CaseRequest, type ConformanceCase } from './conformance-case.js';
import type { CaseResult, ExchangeRecord } from './conformance-report.js';
import type { SchemaCache } from '../src/spec/create-schema-cache.js';
import { retryAfterMs } from './retry-after-ms.js';
import type { RawResponse } from './send-case-request.js';

/** What running one case needs; the runner binds the target, the clock and the profile. */
export interface RunCaseOptions {
  context: CaseContext;
  /** Sends one request to the target (rate-limited, with a timeout). */
  send: (request: CaseRequest) => Promise<RawResponse>;
  validators: SchemaCache;
  /** When set, the profile does not enforce this case's expectations; the reason says why. */
  unenforcedReason?: string;
  /** Monotonic milliseconds, for durations. */
  timer: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Epoch milliseconds, for Retry-After dates. */
  now: () => number;
  /** Secrets to redact from everything recorded. */
  secrets: readonly string[];
  /** Attempts per request when the server answers HTTP 429 (3 by default). */
  maxAttempts?: number;
  /** Count differences from example-derived or assumed constraints as failures, not warnings. */
  strictAssumptions?: boolean;
}

/**
 * Runs one case: its steps in order, each response checked against the spec and then against the
 * step's expectation. An enforced case stops at the first step that misses its expectation, since
 * later steps build on it; an unenforced case runs every step and reports what the server did.
 */
export async function runCase(conformanceCase: ConformanceCase, options: RunCaseOptions): Promise<CaseResult> {
  const {
    context,
    send,
    validators,
    unenforcedReason,
    timer,
    sleep,
    now,
    secrets,
    maxAttempts = 3,
    strictAssumptions = false,
  } = options;
  const started = timer();
  const failures: CheckFailure[] = [];
  const warnings: CheckFailure[] = [];
  // Under strictAssumptions a warning is recorded as a failure, still naming its spec rows.
  const warn = (found: readonly CheckFailure[]) => (strictAssumptions ? failures : warnings).push(...found);
  const exchanges: ExchangeRecord[] = [];
  const observations: StepObservation[] = [];
  const unjudged: string[] = [];
  const steps = caseSteps(conformanceCase);
  for (const [index, step] of steps.entries()) {
    const stepStarted = timer();
    let request: CaseRequest | undefined;
    let raw: RawResponse | undefined;
    let attempts = 0;
    try {
      while (attempts < maxAttempts) {
        request = await step.build(context);
        attempts++;
        raw = await send(request);
        if (raw.status !== 429 || attempts >= maxAttempts) break;
        await sleep(retryAfterMs(raw.headers.get('retry-after'), now()));
      }
    } catch (error) {
      const check = request ? 'transport' : 'request';
      failures.push({
        check,
        step: index,
        message: `${check === 'request' ? 'could not build the request' : 'no response'}: ${(error as Error).message}`,
      });
    }
    if (!request || !raw) {
      if (request) exchanges.push(recordExchange(index, request, undefined, attempts, timer() - stepStarted, secrets));
      break;
    }
    const checked = checkResponse(
      { status: raw.status, contentType: raw.headers.get('content-type'), text: raw.text, headers: raw.headers },
      validators,
    );
    failures.push(...checked.failures.map((failure) => ({ ...failure, step: index })));
    warn(checked.warnings.map((warning) => ({ ...warning, step: index })));
    const observation: StepObservation = {
      classification: classifyResponse(raw.status, checked.body),
      requestBody: parseJson(request.body),
    };
    exchanges.push(recordExchange(index, request, { raw, observation }, attempts, timer() - stepStarted, secrets));
    const verdict = judgeExpectation(step.expect, observation, observations);
    observations.push(observation);
    if (unenforcedReason) {
      unjudged.push(...verdict.failures, ...verdict.warnings.map((w) => w.message));
      continue;
    }
    failures.push(...toExpectationFailures(verdict.failures, index));
    warn(
      verdict.warnings.map(({ message, sources }) => ({
        check: 'expectation',
        message: `${message} [spec: ${sources.map((s) => `${describeSourceRow(s)} (${s.kind})`).join(', ')}]`,
        step: index,
        sources,
      })),
    );
    if (verdict.failures.length > 0) break;
  }

  const last = observations.at(-1)?.classification;
  const result: CaseResult = {
    id: conformanceCase.id,
    title: conformanceCase.title,
    tags: conformanceCase.tags,
    outcome:
      failures.length > 0 ? 'fail' : unenforcedReason ? 'not_enforced' : warnings.length > 0 ? 'warning' : 'pass',
    durationMs: timer() - started,
    failures: failures.map((failure) => ({ ...failure, message: redactSecrets(failure.message, secrets) })),
    warnings: warnings.map((warning) => ({ ...warning, message: redactSecrets(warning.message, secrets) })),
    exchanges,
  };
  if (last?.kind === 'rejected' && last.form) result.rejectionForm = last.form;
  if (unenforcedReason && result.outcome === 'not_enforced') {
    const answered = observations.map((o) => describeClassification(o.classification)).join(' then ');
    const verdict =
      unjudged.length === 0 ? 'the expectation would have held' : `the expectation would not have held: ${unjudged[0]}`;
    result.note = redactSecrets(`${unenforcedReason}; the server answered ${answered}; ${verdict}`, secrets);
  }
  return result;
}

/** One request and its response as reports record them: headers and bodies previewed, secrets redacted. */
export function recordExchange(
  step: number,
  request: CaseRequest,
  answer: { raw: RawResponse; observation: StepObservation } | undefined,
  attempts: number,
  durationMs: number,
  secrets: readonly string[],
): ExchangeRecord {
  const text = Buffer.from(request.body).toString('utf8');
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name, redactSecrets(value, secrets)]),
  );
  const record: ExchangeRecord = {
    step,
    request: {
      method: request.method,
      path: request.path,
      headers,
      bodyBytes: request.body.byteLength,
      bodyPreview: preview(text),
    },
    attempts,
    durationMs,
  };
  if (answer) {
    record.response = {
      status: answer.raw.status,
      contentType: answer.raw.headers.get('content-type'),
      bodyPreview: redactSecrets(preview(answer.raw.text), secrets),
      classification: withoutData(answer.observation.classification),
    };
  }
  return record;
}

function parseJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(body).toString('utf8'));
  } catch {
    return undefined;
  }
}

function withoutData({ data: _data, ...rest }: Classification): Classification {
  return rest;
}
