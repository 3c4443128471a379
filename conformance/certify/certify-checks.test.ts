import { describe, expect, test } from 'vitest';
import { certifyChecks, type ScenarioRun } from './certify-checks.js';
import type { ClientOutcome, RecordedAttempt } from './certify-types.js';

// Attempts as the scripted server records them, built by hand: the checks are pure functions of them.
const body = { participant_unique_id1: 'p', recipient_information: { first_name: 'Zoë 🌟' } };
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
function attempt(
  index: number,
  atMs: number,
  answeredAtMs: number,
  more: Partial<RecordedAttempt> = {},
): RecordedAttempt {
  return {
    index,
    atMs,
    answeredAtMs,
    method: 'POST',
    target: '/api/v1/sessions/point-in-time/plugin',
    headers: [],
    body: bytes(body),
    idempotencyKey: 'k',
    xDate: 'Sun, 06 Dec 2026 06:00:00 GMT',
    serverNowMs: Date.parse('2026-12-06T06:00:00Z'),
    signature: { ok: true },
    answer: { step: 'reply', httpStatus: 503, envelopeStatus: 503 },
    ...more,
  };
}
const exited: ClientOutcome = {
  ending: 'exited',
  exitCode: 1,
  reportedSuccess: false,
  stdout: '',
  stderrTail: '',
  durationMs: 5,
};
const run = (attempts: RecordedAttempt[], outcome: ClientOutcome = exited): ScenarioRun => ({
  scenario: 's',
  attempts,
  refusals: [],
  otherOrigin: { connections: 0, requests: 0 },
  outcome,
  body,
  stallLimitMs: 30_000,
});
/** Attempts separated by these waits (each measured from the previous answer). */
const withWaits = (waits: number[]) => {
  const attempts = [attempt(1, 0, 1)];
  for (const wait of waits) {
    const at = attempts.at(-1)!.answeredAtMs! + wait;
    attempts.push(attempt(attempts.length + 1, at, at + 1));
  }
  return attempts;
};
const verdict = (judgement: ReturnType<(typeof certifyChecks)['signed']['judge']>) =>
  'notJudged' in judgement ? 'not judged' : judgement.failures.length === 0 ? 'pass' : 'fail';

describe('backoff-jitter', () => {
  test.each([
    ['constant waits', [500, 510, 503, 507, 505], 'fail'],
    ['doubling waits', [100, 205, 402, 810, 1600], 'fail'],
    ['doubling up to a cap', [100, 200, 400, 800, 1000, 1004], 'fail'],
    ['no wait at all', [1, 2, 1, 3], 'fail'],
    ['full jitter', [61, 18, 290, 507, 122, 880], 'pass'],
    ['two waits only', [100, 200], 'not judged'],
  ])('%s: %s', (_, waits, expected) => {
    expect(verdict(certifyChecks['backoff-jitter'].judge(run(withWaits(waits))))).toBe(expected);
  });
});

test('retry-after: a wait shorter than Retry-After fails, naming the attempt; timer slack of 50 ms is allowed', () => {
  const answered = { step: 'reply' as const, httpStatus: 429, retryAfterSeconds: 1 };
  const early = [attempt(1, 0, 10, { answer: answered }), attempt(2, 900, 901)];
  expect(certifyChecks['retry-after'].judge(run(early))).toEqual({
    failures: [{ attempt: 2, expected: 'a wait of at least 1 s', seen: '890 ms' }],
  });
  expect(
    verdict(certifyChecks['retry-after'].judge(run([attempt(1, 0, 10, { answer: answered }), attempt(2, 970, 971)]))),
  ).toBe('pass');
});

test('fresh-signature: the same X-Date two seconds later fails; a later one passes', () => {
  const stale = [attempt(1, 0, 1), attempt(2, 2_500, 2_501)];
  expect(verdict(certifyChecks['fresh-signature'].judge(run(stale)))).toBe('fail');
  const fresh = [attempt(1, 0, 1), attempt(2, 2_500, 2_501, { xDate: 'Sun, 06 Dec 2026 06:00:02 GMT' })];
  expect(verdict(certifyChecks['fresh-signature'].judge(run(fresh)))).toBe('pass');
  expect(verdict(certifyChecks['fresh-signature'].judge(run([attempt(1, 0, 1), attempt(2, 300, 301)])))).toBe(
    'not judged',
  );
});

test('same-key: a retry without a key, or with another key, fails on that attempt', () => {
  const { idempotencyKey: _, ...noKey } = attempt(2, 10, 11);
  expect(certifyChecks['same-key'].judge(run([attempt(1, 0, 1), noKey as RecordedAttempt]))).toMatchObject({
    failures: [{ attempt: 2, seen: 'none' }],
  });
  expect(
    certifyChecks['same-key'].judge(run([attempt(1, 0, 1), attempt(2, 10, 11, { idempotencyKey: 'other' })])),
  ).toMatchObject({ failures: [{ attempt: 2, expected: 'Idempotency-Key k', seen: 'other' }] });
});

test('body: names the first member that differs, and takes any JSON spelling of the same value', () => {
  const dropped = attempt(1, 0, 1, { body: bytes({ participant_unique_id1: 'p', recipient_information: {} }) });
  expect(certifyChecks.body.judge(run([dropped]))).toMatchObject({
    failures: [{ attempt: 1, seen: '$.recipient_information.first_name is missing' }],
  });
  const reordered = new TextEncoder().encode(
    '{ "recipient_information": {"first_name":"Zo\\u00eb \\ud83c\\udf1f"}, "participant_unique_id1":"p"}',
  );
  expect(verdict(certifyChecks.body.judge(run([attempt(1, 0, 1, { body: reordered })])))).toBe('pass');
});

test('success-reported: exit 0 with the session id on stdout; not judged when the server never answered a success', () => {
  const success = attempt(1, 0, 1, {
    answer: { step: 'engine', httpStatus: 200, envelopeStatus: 100, sessionIdentifier: 'sid-1' },
  });
  const reported = { ...exited, exitCode: 0, reportedSuccess: true, stdout: '{"data":{"session_identifier":"sid-1"}}' };
  expect(verdict(certifyChecks['success-reported'].judge(run([success], reported)))).toBe('pass');
  expect(certifyChecks['success-reported'].judge(run([success], { ...reported, stdout: 'OK' }))).toMatchObject({
    failures: [{ attempt: 1, seen: 'stdout: OK' }],
  });
  expect(verdict(certifyChecks['success-reported'].judge(run([attempt(1, 0, 1)])))).toBe('not judged');
});
