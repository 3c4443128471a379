import { describe, expect, test } from 'vitest';
import { signingConfig } from '../spec/signing-config.js';
import { createMockHandler } from './create-mock-handler.js';
import {
  createEnvelopeChecker,
  FIXED_NOW,
  fullBody,
  minimalBody,
  signedRequest,
} from '../../test-support/mock-test-kit.js';

const checkEnvelope = createEnvelopeChecker();
const WINDOW_MS = signingConfig.idempotency.windowSeconds * 1000;

/** A mock on a clock the test moves, and a sender that signs at that clock. */
function setUp(options: Parameters<typeof createMockHandler>[0] = {}) {
  const clock = { now: FIXED_NOW };
  const mock = createMockHandler({ now: () => clock.now, ...options });
  async function send(body: string, key?: string, username = 'test', secret = 'test-secret') {
    const headers: Record<string, string> = key === undefined ? {} : { 'Idempotency-Key': key };
    const response = await mock(
      await signedRequest(body, { now: clock.now, headers, credentials: { username, secret } }),
    );
    const envelope = checkEnvelope(response.status, await response.text());
    const data = envelope.data as Record<string, string> | undefined;
    return {
      status: response.status,
      envelope: envelope.status,
      id: data?.session_identifier,
      url: data?.authorized_url,
      expires: data?.authorized_url_expiration_utc,
    };
  }
  return { clock, mock, send };
}

describe('idempotency', () => {
  test('the same key and body replays the session with status 101 and a fresh authorized_url', async () => {
    const { clock, mock, send } = setUp();
    const first = await send(minimalBody, 'key-1');
    clock.now += 60_000;
    const second = await send(minimalBody, 'key-1');
    expect(first).toMatchObject({ status: 200, envelope: 100 });
    expect(second).toMatchObject({ status: 200, envelope: 101, id: first.id });
    expect(second.url).not.toBe(first.url);
    expect(Date.parse(second.expires!)).toBe(clock.now + signingConfig.authorizedUrlLifetimeSeconds * 1000);
    expect(mock.sessions.size).toBe(1);
    expect(mock.sessions.findByIdempotencyKey('key-1')?.session_identifier).toBe(first.id);
  });

  test('a replay under a fixed clock still gets a distinct URL', async () => {
    const { send } = setUp();
    const first = await send(minimalBody, 'k');
    expect((await send(minimalBody, 'k')).url).not.toBe(first.url);
  });

  test('the same key with a different body is 422 with envelope 13723, and nothing is created', async () => {
    const { mock, send } = setUp();
    await send(minimalBody, 'key-1');
    expect(await send(fullBody, 'key-1')).toMatchObject({ status: 422, envelope: 13723, id: undefined });
    expect(mock.sessions.size).toBe(1);
  });

  test('bodies are compared as JSON values: key order and whitespace do not matter', async () => {
    const { send } = setUp();
    const value = JSON.parse(minimalBody) as Record<string, unknown>;
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(value).reverse()), null, 2);
    const first = await send(minimalBody, 'key-1');
    expect(await send(reordered, 'key-1')).toMatchObject({ envelope: 101, id: first.id });
  });

  test('after the 2-hour window the key creates a new session', async () => {
    const { clock, mock, send } = setUp();
    const first = await send(minimalBody, 'key-1');
    clock.now += WINDOW_MS - 1;
    expect(await send(minimalBody, 'key-1')).toMatchObject({ envelope: 101, id: first.id });
    clock.now += 1;
    const later = await send(minimalBody, 'key-1');
    expect(later.envelope).toBe(100);
    expect(later.id).not.toBe(first.id);
    // The first session went with its window.
    expect(mock.sessions.list().map((session) => session.session_identifier)).toEqual([later.id]);
  });

  test('after the window a different body is accepted too', async () => {
    const { clock, send } = setUp({ idempotencyWindowSeconds: 10 });
    await send(minimalBody, 'key-1');
    clock.now += 10_000;
    expect(await send(fullBody, 'key-1')).toMatchObject({ status: 200, envelope: 100 });
  });

  test('keys are scoped per username', async () => {
    const credentials = [
      { username: 'a', secret: 'sa' },
      { username: 'b', secret: 'sb' },
    ];
    const { send } = setUp({ credentials });
    const first = await send(minimalBody, 'shared', 'a', 'sa');
    const other = await send(fullBody, 'shared', 'b', 'sb');
    expect(other.envelope).toBe(100);
    expect(other.id).not.toBe(first.id);
  });

  test('requests without a key always create a new session', async () => {
    const { mock, send } = setUp();
    await send(minimalBody);
    await send(minimalBody);
    expect(mock.sessions.size).toBe(2);
    expect(mock.sessions.idempotencyEntries).toBe(0);
  });

  test('50 concurrent requests with one key create exactly one session; the others replay it', async () => {
    const { mock, send } = setUp({ faults: { latencyMs: 20 } });
    const results = await Promise.all(Array.from({ length: 50 }, () => send(minimalBody, 'burst')));
    expect(mock.sessions.size).toBe(1);
    expect(results.filter((r) => r.envelope === 100)).toHaveLength(1);
    expect(results.filter((r) => r.envelope === 101)).toHaveLength(49);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
  });

  test('a concurrent duplicate with a different body is a conflict, not a wait', async () => {
    const { mock, send } = setUp({ faults: { latencyMs: 20 } });
    const [first, second] = await Promise.all([send(minimalBody, 'k'), send(fullBody, 'k')]);
    expect(first.envelope).toBe(100);
    expect(second).toMatchObject({ status: 422, envelope: 13723 });
    expect(mock.sessions.size).toBe(1);
  });

  test('the store expires entries after the window', async () => {
    const { clock, mock, send } = setUp();
    await send(minimalBody, 'a');
    clock.now += WINDOW_MS / 2;
    await send(minimalBody, 'b');
    expect(mock.sessions.idempotencyEntries).toBe(2);
    clock.now += WINDOW_MS / 2;
    expect(mock.sessions.idempotencyEntries).toBe(1);
    expect(mock.sessions.findByIdempotencyKey('a')).toBeUndefined();
    clock.now += WINDOW_MS / 2;
    expect(mock.sessions.idempotencyEntries).toBe(0);
  });

  test('the store has a size cap and forgets the oldest key first', async () => {
    const { mock, send } = setUp({ maxKeys: 3 });
    const first = await send(minimalBody, 'k0');
    for (const key of ['k1', 'k2', 'k3']) await send(minimalBody, key);
    expect(mock.sessions.idempotencyEntries).toBe(3);
    expect((await send(minimalBody, 'k3')).envelope).toBe(101);
    const again = await send(minimalBody, 'k0');
    expect(again.envelope).toBe(100);
    expect(again.id).not.toBe(first.id);
  });

  test('sessions created without a key count against the same cap', async () => {
    const { mock, send } = setUp({ maxKeys: 2 });
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await send(minimalBody)).id);
    expect(mock.sessions.size).toBe(2);
    expect(mock.sessions.list().map((s) => s.session_identifier)).toEqual(ids.slice(2));
    expect(mock.sessions.get(ids[0]!)).toBeUndefined();
  });
});
