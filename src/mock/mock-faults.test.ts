import { describe, expect, test, vi } from 'vitest';
import { createMockHandler } from './create-mock-handler.js';
import { isMockConnectionDrop } from './mock-connection-drop.js';
import type { MockOptions } from './mock-options.js';
import { createEnvelopeChecker, FIXED_NOW, minimalBody, signedRequest } from '../../test-support/mock-test-kit.js';

const checkEnvelope = createEnvelopeChecker();

function setUp(options: MockOptions) {
  const clock = { now: FIXED_NOW };
  const mock = createMockHandler({ now: () => clock.now, ...options });
  async function send(body = minimalBody, headers: Record<string, string> = {}) {
    const response = await mock(await signedRequest(body, { now: clock.now, headers }));
    const envelope = checkEnvelope(response.status, await response.text());
    return { status: response.status, envelope, headers: response.headers };
  }
  return { clock, mock, send };
}

/** A random source that replays the given draws, then throws (a test must not draw more than it planned). */
const draws =
  (...values: number[]) =>
  () => {
    if (values.length === 0) throw new Error('unexpected extra draw');
    return values.shift()!;
  };

/**
 * Steps faked timers through an answer: once the answer has set its timer, it is still pending
 * 1 ms before `ms` and comes at `ms`.
 */
async function heldFor<T>(ms: number, answer: Promise<T>): Promise<T> {
  let settled = false;
  void answer.then(
    () => (settled = true),
    () => (settled = true),
  );
  // The request is checked first (hashing is asynchronous but needs no timer); setImmediate is not faked.
  while (vi.getTimerCount() === 0 && !settled) await new Promise((resolve) => setImmediate(resolve));
  await vi.advanceTimersByTimeAsync(ms - 1);
  expect(settled).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  return answer;
}

describe('fault injection', () => {
  test('failRate answers 503 before anything is committed', async () => {
    const { mock, send } = setUp({ faults: { failRate: 1 } });
    const { status, envelope } = await send(minimalBody, { 'Idempotency-Key': 'k' });
    expect(status).toBe(503);
    expect(envelope.status).toBe(503);
    expect(mock.sessions.size).toBe(0);
    expect(mock.sessions.idempotencyEntries).toBe(0);
  });

  test('failRate draws from the injected random source', async () => {
    const { send } = setUp({ random: draws(0.29, 0.31), faults: { failRate: 0.3 } });
    expect((await send()).status).toBe(503);
    expect((await send()).status).toBe(200);
  });

  test('a seed makes the fault pattern reproducible', async () => {
    const pattern = async (seed: number) => {
      const { send } = setUp({ seed, faults: { failRate: 0.5 } });
      const statuses = [];
      for (let i = 0; i < 24; i++) statuses.push((await send()).status);
      return statuses;
    };
    const first = await pattern(11);
    expect(await pattern(11)).toEqual(first);
    expect(first).toContain(200);
    expect(first).toContain(503);
  });

  test('dropAfterCommitRate commits the session, then rejects like a network error', async () => {
    const { mock } = setUp({ random: draws(0.1, 0.9), faults: { dropAfterCommitRate: 0.5 } });
    const request = async () => mock(await signedRequest(minimalBody, { headers: { 'Idempotency-Key': 'k' } }));
    const error = await request().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe('fetch failed');
    const cause = (error as TypeError).cause;
    expect(isMockConnectionDrop(cause)).toBe(true);
    expect(mock.sessions.size).toBe(1);
    const committed = mock.sessions.list()[0]!.session_identifier;
    expect(isMockConnectionDrop(cause) && cause.sessionIdentifier).toBe(committed);
    expect(cause).toMatchObject({ name: 'MockConnectionDrop', code: 'ECONNRESET' });
    // The client's retry with the same key gets the committed session back.
    const retry = await request();
    const envelope = checkEnvelope(retry.status, await retry.text());
    expect(envelope).toMatchObject({ status: 101, data: { session_identifier: committed } });
  });

  test('latencyMs delays every answer and shows in time', async () => {
    // The pause is a timer: faked here (with the clock the mock measures `time` by), so the test
    // steps time and sees the answer held until exactly latencyMs has passed.
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    try {
      const { send, mock } = setUp({ faults: { latencyMs: 40 }, monotonicNow: () => Date.now() });
      const { envelope } = await heldFor(40, send());
      expect(envelope.time).toBe(0.04);
      const notFound = await heldFor(40, mock(new Request('http://mock.test/elsewhere')));
      expect(notFound.status).toBe(404);
    } finally {
      vi.useRealTimers();
    }
  });

  test('rateLimitPerSecond answers 429 with Retry-After, and the bucket refills', async () => {
    const { clock, send } = setUp({ faults: { rateLimitPerSecond: 2 } });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(limited.envelope.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    clock.now += 500;
    expect((await send()).status).toBe(200);
  });

  test('requests refused earlier do not use up the rate limit', async () => {
    const { send } = setUp({ faults: { rateLimitPerSecond: 1 } });
    for (let i = 0; i < 3; i++) expect((await send('{"participant_unique_id1":""}')).status).toBe(400);
    expect((await send()).status).toBe(200);
  });
});

describe('seeded determinism', () => {
  async function run(seed: number) {
    const { send, mock } = setUp({ seed });
    const bodies = [];
    for (const key of ['a', 'b', 'a', undefined]) {
      const { envelope } = await send(minimalBody, key === undefined ? {} : { 'Idempotency-Key': key });
      bodies.push({ ...envelope, time: undefined });
    }
    return { bodies, ids: mock.sessions.list().map((s) => s.session_identifier) };
  }

  test('the same seed gives the same ids and authorized_url tokens', async () => {
    const first = await run(7);
    expect(await run(7)).toEqual(first);
    expect(first.ids).toHaveLength(3);
  });

  test('another seed gives other ids', async () => {
    expect((await run(8)).ids).not.toEqual((await run(7)).ids);
  });
});
