import { afterEach, expect, test, vi } from 'vitest';
import { formatHttpDate } from '../signing/http-date.js';
import { signingConfig } from '../spec/signing-config.js';
import { createSessionClient } from './create-session-client.js';
import type { AnswerInfo, AttemptInfo, ClockCorrectionInfo } from './session-client-types.js';
import {
  createFakeIngo,
  createdEnvelope,
  envelopeAnswer,
  jsonAnswer,
  minimalBody,
  TEST_SECRET,
  TEST_START,
  testClientOptions,
} from '../../test-support/fake-ingo.js';

afterEach(() => vi.restoreAllMocks());

function recordHooks() {
  const seen = {
    attempts: [] as AttemptInfo[],
    answers: [] as AnswerInfo[],
    corrections: [] as ClockCorrectionInfo[],
  };
  const hooks = {
    onAttempt: (info: AttemptInfo) => void seen.attempts.push(info),
    onAnswer: (info: AnswerInfo) => void seen.answers.push(info),
    onClockCorrection: (info: ClockCorrectionInfo) => void seen.corrections.push(info),
  };
  return { seen, hooks };
}

test('a retried call: one onAttempt and one onAnswer per attempt, and attempts and totalDelayMs on the result', async () => {
  const ingo = createFakeIngo({
    respond: (seen, index) => (index === 0 ? envelopeAnswer(503, 503) : jsonAnswer(200, createdEnvelope)),
  });
  const { seen, hooks } = recordHooks();
  const waits: number[] = [];
  const client = createSessionClient(
    testClientOptions({ fetch: ingo.fetch, sleep: async (ms) => void waits.push(ms), ...hooks }),
  );
  const result = await client.createSession(minimalBody, { idempotencyKey: 'key-1' });
  expect(result.data).toEqual(createdEnvelope);
  const url = 'http://ingo.test/api/v1/sessions/point-in-time/plugin';
  expect(seen.attempts.map(({ call: _, ...info }) => info)).toEqual([
    {
      attempt: 1,
      method: 'POST',
      url,
      idempotencyKey: 'key-1',
      signedHeaders: signingConfig.defaultHeaderOrder,
      rateLimitWaitMs: 0,
      retryWaitMs: 0,
    },
    {
      attempt: 2,
      method: 'POST',
      url,
      idempotencyKey: 'key-1',
      signedHeaders: signingConfig.defaultHeaderOrder,
      rateLimitWaitMs: 0,
      retryWaitMs: waits[0],
    },
  ]);
  expect(
    seen.answers.map(({ attempt, outcome, httpStatus, envelopeStatus, decision, reason }) => [
      attempt,
      outcome,
      httpStatus,
      envelopeStatus,
      decision,
      reason,
    ]),
  ).toEqual([
    [1, 'answer', 503, 503, 'retry', 'HTTP 503, status 503'],
    [2, 'answer', 200, 100, 'success', 'HTTP 200, status 100'],
  ]);
  expect(seen.answers.every((answer) => answer.durationMs >= 0)).toBe(true);
  expect([result.attempts, result.totalDelayMs]).toEqual([2, waits[0]]);
  expect(Object.isFrozen(seen.attempts[0])).toBe(true);
});

test('a clock correction is reported with the old and new offset, and the re-signed attempt follows', async () => {
  const serverStart = TEST_START + 600_000;
  const ingo = createFakeIngo({
    serverNow: () => new Date(serverStart),
    respond: (seen) =>
      seen.verification.ok
        ? jsonAnswer(200, createdEnvelope)
        : envelopeAnswer(401, 402, { date: formatHttpDate(new Date(serverStart)) }),
  });
  const { seen, hooks } = recordHooks();
  const client = createSessionClient(testClientOptions({ fetch: ingo.fetch, ...hooks }));
  const result = await client.createSession(minimalBody);
  expect(result.data).toBeDefined();
  expect(seen.answers.map((answer) => answer.decision)).toEqual(['resend', 'success']);
  expect(seen.corrections).toEqual([
    { attempt: 1, previousOffsetMs: 0, offsetMs: client.clockOffsetMs, httpStatus: 401, envelopeStatus: 402 },
  ]);
  expect(result.attempts).toBe(2);
});

test('a hook that throws is reported once and never breaks the call; no hook sees the secret or a signature', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const ingo = createFakeIngo({
    respond: (seen, index) => (index % 2 === 0 ? envelopeAnswer(503, 503) : jsonAnswer(200, createdEnvelope)),
  });
  const { seen, hooks } = recordHooks();
  const client = createSessionClient(
    testClientOptions({
      fetch: ingo.fetch,
      ...hooks,
      onAttempt: (info) => {
        hooks.onAttempt(info);
        throw new Error(`hook failed near ${TEST_SECRET}`);
      },
    }),
  );
  expect((await client.createSession(minimalBody)).data).toBeDefined();
  expect((await client.createSession(minimalBody)).data).toBeDefined();
  expect(seen.attempts).toHaveLength(4);
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]![0])).toMatch(/the onAttempt hook threw/);
  const shown = JSON.stringify([seen, warn.mock.calls]);
  expect(shown).not.toContain(TEST_SECRET);
  expect(shown).not.toMatch(/signature/i);
});

test('a network failure and a give-up are reported too', async () => {
  const { seen, hooks } = recordHooks();
  const client = createSessionClient(
    testClientOptions({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
      retries: 1,
      ...hooks,
    }),
  );
  await expect(client.createSession(minimalBody)).rejects.toMatchObject({ name: 'NetworkError', attempts: 2 });
  expect(seen.answers.map((answer) => [answer.outcome, answer.decision, answer.httpStatus])).toEqual([
    ['network', 'retry', undefined],
    ['network', 'give-up', undefined],
  ]);
});
