import type { CertifyBodyName } from './certify-bodies.js';
import type { CheckName } from './certify-checks.js';
import type { ScriptStep } from './scripted-server.js';

/** A scenario: a script of per-attempt answers, the body handed to the client, and what is graded. */
export interface CertifyScenario {
  name: string;
  /** One line: what the server does. */
  summary: string;
  body: CertifyBodyName;
  /** Answer n goes to attempt n; the last one repeats. */
  script: readonly ScriptStep[];
  /** The checks this scenario grades, beside the ones every scenario grades (see `everyScenarioChecks`). */
  checks: readonly CheckName[];
  /** How far the scenario's server clock is from the real one, in ms. */
  skewMs?: number;
}

const engine: ScriptStep = { kind: 'engine' };
const reply = (
  status: number,
  envelopeStatus: number,
  client_message: string,
  retryAfterSeconds?: number,
): ScriptStep => ({
  kind: 'reply',
  status,
  envelope: { status: envelopeStatus, client_message },
  ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
});
const unavailable = reply(503, 503, 'Service temporarily unavailable');

/** Ten minutes: far outside the spec's 300 s skew window, well inside what a client should learn. */
export const skewedServerMs = 10 * 60_000;

/** Every scenario, in the order they run. One loop (runScenarios) drives them all. */
export const certifyScenarios: readonly CertifyScenario[] = [
  {
    name: 'success',
    summary: 'the mock answers every attempt (non-ASCII and astral characters in the body)',
    body: 'unicode',
    script: [engine],
    checks: ['success-reported', 'uuid-key'],
  },
  {
    name: 'transient-503',
    summary: '503 on the first attempt, then the mock',
    body: 'plain',
    script: [unavailable, engine],
    checks: ['same-key', 'retries-transient', 'success-reported'],
  },
  {
    name: 'cut-after-commit',
    summary: 'the mock commits the session, the connection is cut before the answer; then the mock (101 replay)',
    body: 'unicode',
    script: [{ kind: 'engine-then-cut' }, engine],
    checks: ['same-key', 'retries-transient', 'success-reported'],
  },
  {
    name: 'rate-limited-429',
    summary: '429 with Retry-After: 1, then the mock',
    body: 'plain',
    script: [reply(429, 429, 'Too many requests', 1), engine],
    checks: ['retry-after', 'same-key', 'fresh-signature', 'retries-transient', 'success-reported'],
  },
  {
    name: 'conflict-409',
    summary: '409 (a request with this key still in flight), then the mock',
    body: 'plain',
    script: [reply(409, 409, 'A request with this Idempotency-Key is in flight'), engine],
    checks: ['conflict-retried', 'same-key', 'success-reported'],
  },
  {
    name: 'stalled-answer',
    summary: 'no answer to the first attempt (held 30 s, then cut), then the mock',
    body: 'unicode',
    script: [{ kind: 'stall' }, engine],
    checks: ['stall-timeout', 'same-key', 'fresh-signature', 'retries-transient', 'success-reported'],
  },
  {
    name: 'clock-skew-402',
    summary: '401 with envelope 402 and a Date 10 minutes ahead; then the mock, on that skewed clock',
    body: 'plain',
    script: [reply(401, 402, 'The timestamp used for the signature is too far from server time'), engine],
    checks: ['clock-correction', 'success-reported'],
    skewMs: skewedServerMs,
  },
  {
    name: 'persistent-503',
    summary: '503 to every attempt',
    body: 'plain',
    script: [unavailable],
    checks: ['bounded-give-up', 'backoff-jitter', 'same-key', 'retries-transient'],
  },
  {
    name: 'bad-request-400',
    summary: '400 with envelope 400 to every attempt',
    body: 'unicode',
    script: [reply(400, 400, 'A required parameter is missing or null')],
    checks: ['no-retry-of-refusal', 'refusal-reported'],
  },
  {
    name: 'unauthorized-401',
    summary: '401 with envelope 401 to every attempt',
    body: 'plain',
    script: [reply(401, 401, 'The parameters are incorrect')],
    checks: ['no-retry-of-refusal', 'refusal-reported'],
  },
  {
    name: 'error-envelope-200',
    summary: 'HTTP 200 carrying an error envelope (status 400) to every attempt',
    body: 'plain',
    script: [reply(200, 400, 'A required parameter is missing or null')],
    checks: ['no-retry-of-refusal', 'refusal-reported'],
  },
  {
    name: 'redirect-307',
    summary: '307 to another loopback origin, which records anything it receives',
    body: 'unicode',
    script: [{ kind: 'redirect', status: 307 }],
    checks: ['redirect-not-followed'],
  },
  {
    name: 'redirect-308',
    summary: '308 to another loopback origin, which records anything it receives',
    body: 'plain',
    script: [{ kind: 'redirect', status: 308 }],
    checks: ['redirect-not-followed'],
  },
];

/** The scenario names, for `--scenario`. */
export const scenarioNames = certifyScenarios.map((scenario) => scenario.name);
