import { signingConfig } from '../../src/index.js';
import { canonicalizeJson } from '../../src/mock/canonicalize-json.js';
import { parseHttpDate } from '../../src/signing/http-date.js';
import type { BoundRefusal, CheckFailure, CheckLevel, ClientOutcome, RecordedAttempt } from './certify-types.js';

/** Everything a check reads: what the server saw and what the client did, in one scenario. */
export interface ScenarioRun {
  scenario: string;
  attempts: readonly RecordedAttempt[];
  refusals: readonly BoundRefusal[];
  otherOrigin: { connections: number; requests: number };
  outcome: ClientOutcome;
  /** The body file's value. */
  body: unknown;
  stallLimitMs: number;
}

/** A check's judgement: failures (none is a pass), or a reason it had nothing to judge. */
export type Judgement = { failures: CheckFailure[] } | { notJudged: string };

export interface CertifyCheck {
  level: CheckLevel;
  /** What a passing client does, in one line (the report and the docs print it). */
  title: string;
  judge(run: ScenarioRun): Judgement;
}

/** The most attempts a client may make on a persistent 5xx (the bound). */
export const maxGiveUpAttempts = 10;
// Timers are not exact: a wait for Retry-After may end this much early without being a violation.
const TIMER_SLACK_MS = 50;
const pass: Judgement = { failures: [] };
const fail = (failures: CheckFailure[]): Judgement => ({ failures });
const V4_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Every check, by name: level, what it expects, how it judges. A scenario names the checks it
 * grades (certify-scenarios.ts); `everyScenarioChecks` are graded in every scenario.
 */
export const certifyChecks = {
  signed: {
    level: 'REQUIRED',
    title:
      'every attempt is correctly signed over the exact bytes it sent (Content-Length and digest of the UTF-8 bytes)',
    judge: ({ attempts }) => {
      if (attempts.length === 0) return fail([{ expected: 'a signed Create Session request', seen: 'no request' }]);
      return fail(
        attempts.flatMap((a) =>
          a.signature.ok
            ? []
            : [
                {
                  attempt: a.index,
                  expected: 'a signature that verifies',
                  seen: `${a.signature.reason}: ${a.signature.message}`,
                  diagnosis: a.signature.diagnoses,
                },
              ],
        ),
      );
    },
  },
  body: {
    level: 'REQUIRED',
    title: 'every attempt carries a body JSON-equal to INGO_BODY_FILE',
    judge: ({ attempts, body }) =>
      fail(
        attempts.flatMap((a) => {
          const difference = jsonDifference(body, a.body);
          return difference === undefined
            ? []
            : [{ attempt: a.index, expected: 'the body file, as JSON', seen: difference }];
        }),
      ),
  },
  'within-bounds': {
    level: 'REQUIRED',
    title: "the client stays within certify's bounds (body size, head size, connections, attempts per scenario)",
    judge: ({ refusals }) =>
      fail(
        refusals.map((r) => ({
          expected: 'requests within the bounds',
          seen: `${r.count} refused from ${r.atMs} ms on: ${r.message}`,
        })),
      ),
  },
  'exits-in-time': {
    level: 'REQUIRED',
    title: 'the command exits on its own within the scenario time limit, printing at most 1 MiB',
    judge: ({ outcome }) =>
      outcome.ending === 'exited'
        ? pass
        : fail([
            {
              expected: 'the command to exit on its own',
              seen:
                outcome.ending === 'flooded'
                  ? 'it printed more than the stdout bound and was ended'
                  : `still running after ${outcome.durationMs} ms: ended with its process group`,
            },
          ]),
  },
  'success-reported': {
    level: 'REQUIRED',
    title:
      'a success (100, or 101 replaying the original session after a retry) is reported as success with its session id',
    judge: ({ attempts, outcome }) => {
      if (attempts.length === 0) return { notJudged: 'no request (see signed)' };
      const last = attempts.at(-1)!;
      const session = last.answer.sessionIdentifier;
      if (session === undefined || last.answer.step === 'engine-then-cut')
        return { notJudged: 'the last answer the server gave was not a success' };
      if (outcome.ending !== 'exited') return { notJudged: 'the command did not finish' };
      const failures: CheckFailure[] = [];
      const expected = `exit 0 and the answer's JSON (session ${session}) on stdout`;
      if (!outcome.reportedSuccess) failures.push({ attempt: last.index, expected, seen: `exit ${outcome.exitCode}` });
      else if (!printsValue(outcome.stdout, session))
        failures.push({ attempt: last.index, expected, seen: `stdout: ${preview(outcome.stdout)}` });
      return fail(failures);
    },
  },
  'same-key': {
    level: 'REQUIRED',
    title: 'a client that retries sends one Idempotency-Key and the same body on every attempt',
    judge: ({ attempts }) => {
      if (attempts.length < 2) return { notJudged: 'no retry' };
      const [first] = attempts as [RecordedAttempt];
      return fail(
        attempts.flatMap((a): CheckFailure[] => {
          if (a.idempotencyKey === undefined)
            return [
              { attempt: a.index, expected: 'an Idempotency-Key (a client that retries must send one)', seen: 'none' },
            ];
          if (a.idempotencyKey !== first.idempotencyKey)
            return [
              {
                attempt: a.index,
                expected: `Idempotency-Key ${first.idempotencyKey ?? '(none)'}`,
                seen: a.idempotencyKey,
              },
            ];
          if (jsonDifference(parseBytes(first.body), a.body) !== undefined)
            return [{ attempt: a.index, expected: 'the body of attempt 1', seen: 'a different body' }];
          return [];
        }),
      );
    },
  },
  'retry-after': {
    level: 'REQUIRED',
    title: 'after a 429 with Retry-After: N, the next attempt comes no sooner than N seconds',
    judge: ({ attempts }) =>
      fail(
        attempts.flatMap((a, i): CheckFailure[] => {
          const next = attempts[i + 1];
          if (a.answer.retryAfterSeconds === undefined || next === undefined) return [];
          const waited = next.atMs - a.answeredAtMs!;
          return waited + TIMER_SLACK_MS >= a.answer.retryAfterSeconds * 1000
            ? []
            : [
                {
                  attempt: next.index,
                  expected: `a wait of at least ${a.answer.retryAfterSeconds} s`,
                  seen: `${waited} ms`,
                },
              ];
        }),
      ),
  },
  'no-retry-of-refusal': {
    level: 'REQUIRED',
    title: 'a 400 or 401 refusal, or HTTP 200 carrying an error envelope, is not retried',
    judge: ({ attempts }) =>
      attempts.length <= 1
        ? pass
        : fail([{ attempt: 2, expected: 'one attempt', seen: `${attempts.length} attempts` }]),
  },
  'refusal-reported': {
    level: 'REQUIRED',
    title: 'a refusal (4xx, or HTTP 200 with an error envelope) is reported as failure',
    judge: (run) => reportedFailure(run, 'the refusal'),
  },
  'redirect-not-followed': {
    level: 'REQUIRED',
    title: 'a 307/308 to another origin is not followed (that origin receives nothing) and is reported as failure',
    judge: (run) => {
      const { otherOrigin } = run;
      if (otherOrigin.connections > 0 || otherOrigin.requests > 0)
        return fail([
          {
            attempt: 1,
            expected: 'nothing sent to the other origin',
            seen: `${otherOrigin.connections} connection(s), ${otherOrigin.requests} request(s)`,
          },
        ]);
      return reportedFailure(run, 'the redirect');
    },
  },
  'bounded-give-up': {
    level: 'REQUIRED',
    title: `a persistent 5xx is given up after at most ${maxGiveUpAttempts} attempts, within the time limit, reported as failure`,
    judge: (run) => {
      const { attempts, outcome } = run;
      if (attempts.length > maxGiveUpAttempts)
        return fail([
          {
            attempt: maxGiveUpAttempts + 1,
            expected: `at most ${maxGiveUpAttempts} attempts`,
            seen: `${attempts.length}`,
          },
        ]);
      if (outcome.ending !== 'exited')
        return fail([
          { expected: 'giving up within the time limit', seen: `still running after ${outcome.durationMs} ms` },
        ]);
      return reportedFailure(run, 'the persistent 5xx');
    },
  },
  'retries-transient': {
    level: 'RECOMMENDED',
    title: 'a transient failure (503, a cut connection, 429, 409, a stalled answer) is retried',
    judge: ({ attempts }) =>
      attempts.length >= 2 || attempts.length === 0
        ? pass
        : fail([
            { attempt: 1, expected: 'a retry (a client that never retries is safe, not reliable)', seen: 'no retry' },
          ]),
  },
  'fresh-signature': {
    level: 'RECOMMENDED',
    title: 'every attempt is signed afresh: a retry sent a second or more later carries a later X-Date',
    judge: ({ attempts }) => {
      const failures: CheckFailure[] = [];
      let judged = false;
      for (const [i, a] of attempts.entries()) {
        const previous = attempts[i - 1];
        if (previous === undefined || !waitedLongEnough(previous, a)) continue;
        judged = true;
        const before = parseHttpDate(previous.xDate ?? '');
        const now = parseHttpDate(a.xDate ?? '');
        if (before !== undefined && now !== undefined && now <= before)
          failures.push({
            attempt: a.index,
            expected: `an X-Date later than attempt ${previous.index}'s`,
            seen: `X-Date ${a.xDate}`,
          });
      }
      return judged ? fail(failures) : { notJudged: 'no retry a second or more after the previous attempt' };
    },
  },
  'backoff-jitter': {
    level: 'RECOMMENDED',
    title: 'retries after a 5xx wait, with jitter: the waits are not a fixed schedule (constant or doubling)',
    judge: ({ attempts }) => {
      const waits = attempts.slice(1).map((a, i) => a.atMs - attempts[i]!.answeredAtMs!);
      if (waits.length < 3)
        return { notJudged: `${waits.length} waits between retries: at least 3 are needed to judge` };
      const seen = `waits of ${waits.join(', ')} ms`;
      if (median(waits) < 20) return fail([{ expected: 'a backoff between retries', seen }]);
      return isFixedSchedule(waits)
        ? fail([{ expected: 'randomised waits (jitter)', seen: `${seen}: a fixed schedule` }])
        : pass;
    },
  },
  'stall-timeout': {
    level: 'RECOMMENDED',
    title: 'a stalled answer is timed out within 30 s (and, when retried, under the same key)',
    judge: ({ attempts, stallLimitMs }) => {
      const stalled = attempts.find((a) => a.answer.step === 'stall');
      if (stalled === undefined) return { notJudged: 'no stalled attempt' };
      const next = attempts[stalled.index];
      const gaveUpAt = Math.min(stalled.abandonedAtMs ?? Infinity, next?.atMs ?? Infinity);
      return gaveUpAt - stalled.atMs < stallLimitMs
        ? pass
        : fail([
            {
              attempt: stalled.index,
              expected: `a timeout within ${stallLimitMs / 1000} s`,
              seen: 'waited until the server cut the connection',
            },
          ]);
    },
  },
  'clock-correction': {
    level: 'RECOMMENDED',
    title: "a 401 with envelope 402 and a skewed Date is corrected once: re-signed with the server's time",
    judge: ({ attempts }) => {
      const [first, second, third] = attempts;
      if (first === undefined || first.answer.envelopeStatus !== 402) return { notJudged: 'no stale-date answer' };
      if (second === undefined) return fail([{ attempt: 1, expected: 'one re-signed retry', seen: 'no retry' }]);
      const date = parseHttpDate(second.xDate ?? '');
      const skewMs = date === undefined ? Infinity : Math.abs(date - second.serverNowMs);
      if (skewMs > signingConfig.clockSkewSeconds * 1000)
        return fail([
          {
            attempt: 2,
            expected: `an X-Date within ${signingConfig.clockSkewSeconds} s of the server's Date`,
            seen: `X-Date ${second.xDate}`,
          },
        ]);
      if (third !== undefined && second.answer.envelopeStatus === 402)
        return fail([
          { attempt: 3, expected: 'one correction only', seen: 'another retry after a second stale-date answer' },
        ]);
      return pass;
    },
  },
  'conflict-retried': {
    level: 'RECOMMENDED',
    title: 'a 409 (a duplicate still in flight) is retried later with the same key, not reported as final',
    judge: ({ attempts }) =>
      attempts.length !== 1
        ? pass
        : fail([{ attempt: 1, expected: 'a retry with the same Idempotency-Key', seen: 'no retry' }]),
  },
  'uuid-key': {
    level: 'OPTIONAL',
    title: 'the first attempt already carries an Idempotency-Key, a V4 UUID as Ingo recommends',
    judge: ({ attempts }) => {
      if (attempts.length === 0) return { notJudged: 'no request' };
      const key = attempts[0]!.idempotencyKey;
      return key !== undefined && V4_UUID.test(key)
        ? pass
        : fail([{ attempt: 1, expected: 'an Idempotency-Key holding a V4 UUID', seen: key ?? 'none' }]);
    },
  },
} satisfies Record<string, CertifyCheck>;

/** A check's name. */
export type CheckName = keyof typeof certifyChecks;

/** The checks graded in every scenario. */
export const everyScenarioChecks: readonly CheckName[] = ['signed', 'body', 'within-bounds', 'exits-in-time'];

function reportedFailure({ outcome, attempts }: ScenarioRun, what: string): Judgement {
  if (outcome.ending !== 'exited') return { notJudged: 'the command did not finish' };
  if (!outcome.reportedSuccess) return pass;
  const seen = `exit 0, stdout: ${preview(outcome.stdout)}`;
  return fail([{ attempt: attempts.at(-1)?.index, expected: `${what} reported as failure (a non-zero exit)`, seen }]);
}

// A pair of attempts where a fresh signature must show in X-Date: the client waited out a
// Retry-After of a second or more (it signs after waiting), or two seconds passed between arrivals.
function waitedLongEnough(previous: RecordedAttempt, next: RecordedAttempt): boolean {
  const retryAfterMs = (previous.answer.retryAfterSeconds ?? 0) * 1000;
  if (retryAfterMs >= 1000 && next.atMs - previous.answeredAtMs! >= retryAfterMs) return true;
  return next.atMs - previous.atMs >= 2000;
}

/** Where a received body differs from the expected value as JSON, or undefined when JSON-equal. */
function jsonDifference(expected: unknown, bytes: Uint8Array): string | undefined {
  const received = parseBytes(bytes);
  if (received === NOT_JSON) return `not JSON (${bytes.length} bytes)`;
  return firstDifference(expected, received, '$');
}

const NOT_JSON = Symbol('not JSON');
function parseBytes(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return NOT_JSON;
  }
}

function firstDifference(expected: unknown, received: unknown, path: string): string | undefined {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (isObject(expected) && isObject(received) && Array.isArray(expected) === Array.isArray(received)) {
    const names = new Set([...Object.keys(expected), ...Object.keys(received)]);
    for (const name of names) {
      if (!Object.hasOwn(received, name)) return `${path}.${name} is missing`;
      if (!Object.hasOwn(expected, name)) return `${path}.${name} is not in the body file`;
      const inner = firstDifference(expected[name], received[name], `${path}.${name}`);
      if (inner !== undefined) return inner;
    }
    return undefined;
  }
  if (received === NOT_JSON) return 'not JSON';
  return canonicalizeJson(expected) === canonicalizeJson(received)
    ? undefined
    : `${path} is ${preview(JSON.stringify(received))}, expected ${preview(JSON.stringify(expected))}`;
}

/** Whether stdout is JSON holding `value` anywhere (the answer as printed, or wrapped). */
function printsValue(stdout: string, value: string): boolean {
  try {
    return JSON.stringify(JSON.parse(stdout)).includes(JSON.stringify(value));
  } catch {
    return false;
  }
}

// Constant or doubling waits (within timer noise), possibly climbing once to a cap and staying there.
// Full jitter under ceilings doubling from 100 ms to 1 s falls into this pattern by chance in about
// 1 run in 3,000 with six waits (the reference clients' policy), 1 in 400 with five (simulated).
function isFixedSchedule(waits: readonly number[]): boolean {
  // Within 5 % and 12 ms: a client's own overhead (a new connection) adds a few ms to each wait.
  const near = (wait: number, previous: number, factor: number) =>
    Math.abs(wait - factor * previous) <= 0.05 * factor * previous + 12;
  const steps = waits.slice(1).map((wait, i) => ({ wait, previous: waits[i]! }));
  const flat = ({ wait, previous }: { wait: number; previous: number }) => near(wait, previous, 1);
  return steps.every(
    (step, i) =>
      flat(step) ||
      near(step.wait, step.previous, 2) ||
      (step.wait > step.previous && step.wait < 2 * step.previous && steps.slice(i + 1).every(flat)),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line === '' ? '(empty)' : line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
