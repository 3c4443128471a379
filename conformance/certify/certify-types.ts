/**
 * The data certification works on: what the scripted server saw (attempts), what the client under
 * test did (its outcome), and the verdicts. Plain data, so that reports are a formatting step.
 */

/** How much a check counts: REQUIRED fails the run, RECOMMENDED only with `--strict`, OPTIONAL never. */
export type CheckLevel = 'REQUIRED' | 'RECOMMENDED' | 'OPTIONAL';

/** What the server saw of one attempt (one HTTP request), and how the script answered it. */
export interface RecordedAttempt {
  /** 1-based, in arrival order. */
  index: number;
  /** When the request head arrived, ms since the scenario started. */
  atMs: number;
  /** When the server wrote its answer (or cut, or gave up on the stall), ms since the scenario started. */
  answeredAtMs?: number;
  /** When the client closed the connection before any answer (it timed out), ms since the scenario started. */
  abandonedAtMs?: number;
  method: string;
  target: string;
  /** Headers as received: names as spelt, values as sent, in order. */
  headers: { name: string; value: string }[];
  /** The exact body bytes (capped by the server's body bound). */
  body: Uint8Array;
  /** The Idempotency-Key header, if any. */
  idempotencyKey?: string;
  /** The X-Date header, if any. */
  xDate?: string;
  /** The server clock (epoch ms) at arrival: the scenario's skewed clock where it has one. */
  serverNowMs: number;
  /** The verifier's verdict; `message` is its one-line reason when not ok. */
  signature: { ok: true } | { ok: false; reason: string; message: string; diagnoses: string[] };
  /** What the script did: `engine` delegated to the mock's engine, the others answered by the script. */
  answer: {
    step: StepKind;
    httpStatus?: number;
    envelopeStatus?: number;
    retryAfterSeconds?: number;
    sessionIdentifier?: string;
  };
}

/** The kinds of per-attempt answers a scenario scripts. */
export type StepKind = 'engine' | 'engine-then-cut' | 'reply' | 'redirect' | 'stall' | 'refused';

/** Refusals of one of the server's bounds: the client sent more than certification accepts. */
export interface BoundRefusal {
  bound: 'body' | 'headers' | 'connections' | 'attempts';
  /** The first refusal, ms since the scenario started. */
  atMs: number;
  /** How many requests or connections were refused (one entry per bound keeps the record small). */
  count: number;
  message: string;
}

/** What the client under test did: how it ended and what it printed (capped). */
export interface ClientOutcome {
  /** `exited`: ended on its own; `time-limit`: ended by certify at the scenario's limit; `flooded`: ended for printing too much. */
  ending: 'exited' | 'time-limit' | 'flooded';
  /** The exit code (0 success); undefined when the process was ended by a signal or by certify. */
  exitCode?: number;
  /** Whether the client reported success (exit 0, or `success: true` in process). */
  reportedSuccess: boolean;
  stdout: string;
  /** The end of stderr (or the thrown error), for the report. */
  stderrTail: string;
  durationMs: number;
}

/** One failed expectation, naming the attempt where there is one. */
export interface CheckFailure {
  attempt?: number;
  expected: string;
  seen: string;
  /** explain's diagnosis of a bad signature: one line per named mistake, with its fix. */
  diagnosis?: string[];
}

/** A check's verdict in one scenario. `judged: false` when the scenario gave it nothing to judge. */
export interface CheckResult {
  check: string;
  level: CheckLevel;
  title: string;
  passed: boolean;
  judged: boolean;
  note?: string;
  failures: CheckFailure[];
}

/** One scenario's run, graded. */
export interface ScenarioResult {
  scenario: string;
  summary: string;
  durationMs: number;
  outcome: ClientOutcome;
  /** Every attempt: its headers (the signature masked) and its body's size instead of the body. */
  attempts: (Omit<RecordedAttempt, 'body'> & { bodyBytes: number })[];
  refusals: BoundRefusal[];
  /** Requests and connections the other origin (the redirect target) received. */
  otherOrigin: { connections: number; requests: number };
  checks: CheckResult[];
}

/** A check's verdict over the whole run. */
export interface CheckSummary {
  check: string;
  level: CheckLevel;
  title: string;
  /** `fail` counts toward the exit code; `warn` is a RECOMMENDED failure without `--strict`, or an OPTIONAL one. */
  verdict: 'pass' | 'fail' | 'warn' | 'not-judged';
  scenarios: string[];
  failedIn: string[];
}

/** The whole certification: what `--json` writes. */
export interface CertifyReport {
  tool: 'ingo-session certify';
  startedAt: string;
  durationMs: number;
  strict: boolean;
  client: string;
  scenarios: ScenarioResult[];
  checks: CheckSummary[];
  /** 0 every counted check passed; 1 one failed. */
  exitCode: 0 | 1;
}
