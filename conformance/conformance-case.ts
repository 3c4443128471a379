import type { Credentials } from '../src/signing/sign-request.js';
import type { ConstraintSource } from '../src/spec/find-constraint-source.js';

/** A request as the catalog crafts it: exactly what goes on the wire, broken on purpose if need be. */
export interface CaseRequest {
  method: string;
  /** Path and query, such as `/api/v1/sessions/point-in-time/plugin`. */
  path: string;
  /** Headers exactly as sent; nothing is added except what fetch itself must send. */
  headers: Record<string, string>;
  /** The exact body bytes sent. */
  body: Uint8Array<ArrayBuffer>;
  /** Send the body as a stream (chunked), so that no Content-Length goes on the wire. */
  streamBody?: boolean;
}

/** What a case's `build` receives: fresh per case, so every run uses fresh Idempotency-Keys. */
export interface CaseContext {
  /** The credentials under test. */
  credentials: Credentials;
  /** The signing time (the runner's clock). */
  now: () => Date;
  /** A fresh Idempotency-Key for this case. */
  key: string;
  /** A second fresh Idempotency-Key, for cases that need two. */
  otherKey: string;
}

/** What the server is expected to do with one request. */
export type ExpectedOutcome = 'created' | 'replayed' | 'rejected';

/** An acceptable rejection: an HTTP status (checked when the server rejects with HTTP 4xx) and an envelope status. */
export interface ExpectedRejection {
  httpStatus: number;
  envelopeStatus: number;
  /** Where the pair comes from in the spec, for messages (`Unauthorized/StaleDate`). */
  source: string;
  /**
   * Where each half of the pair comes from (the response's `httpStatus`, the example's `status`):
   * a rejection that differs only in a half that is not documented is a warning.
   */
  sources?: { httpStatus: ConstraintSource; envelopeStatus: ConstraintSource };
}

/**
 * Data-driven expectation for one request. A rejection may come as HTTP 4xx or as HTTP 200 with an
 * error envelope; when `rejections` is given it must match one of them (the HTTP status only in
 * the 4xx form). Step indexes point at earlier steps of the same case.
 */
export interface CaseExpectation {
  outcome: ExpectedOutcome;
  /** Acceptable rejections, for `outcome: 'rejected'`; any rejection when absent. */
  rejections?: readonly ExpectedRejection[];
  /**
   * The spec constraint the expectation rests on (a limit, a `required` entry, …). When it is
   * derived from an example or an assumption, a server that misses the expectation gets a warning.
   */
  basis?: ConstraintSource;
  /** The response must carry the session of this earlier step. */
  sameSessionAs?: number;
  /** The response must carry a session other than the one of this earlier step. */
  differentSessionFrom?: number;
  /** The `authorized_url` must differ from the one of this earlier step. */
  differentUrlFrom?: number;
}

/** One request of a case and what it must produce. */
export interface CaseStep {
  build: (ctx: CaseContext) => CaseRequest | Promise<CaseRequest>;
  expect: CaseExpectation;
}

/**
 * One conformance case: `build` makes the request under test and `expect` says what must happen;
 * `setup` steps (for idempotency) run first, in order, and are checked the same way.
 */
export interface ConformanceCase extends CaseStep {
  /** Stable kebab-case id, used in reports and `--list`. */
  id: string;
  /** One line saying what is checked. */
  title: string;
  /** The first tag is the case's group in the summary; `auth`, `stateful` and `legacy` drive profiles. */
  tags: readonly string[];
  setup?: readonly CaseStep[];
}

/** The steps of a case in the order they run: setup first, the case's own request last. */
export function caseSteps(conformanceCase: ConformanceCase): readonly CaseStep[] {
  return [...(conformanceCase.setup ?? []), { build: conformanceCase.build, expect: conformanceCase.expect }];
}
