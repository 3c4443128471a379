import { describe, expect, test } from 'vitest';
import { specLimits } from '../spec/signing-config.js';
import { createMockHandler } from './create-mock-handler.js';
import { maxEntryBytes } from './create-memory-store.js';
import { buildHostileBody } from '../../test-support/build-hostile-body.js';
import { createEnvelopeChecker, FIXED_NOW, minimalBody, signedRequest } from '../../test-support/mock-test-kit.js';

const checkEnvelope = createEnvelopeChecker();
/** The minimal body with `members` written into its open recipient_information. */
const open = (members: string) =>
  minimalBody.replace('"recipient_information":{', `"recipient_information":{${members},`);

async function send(mock: ReturnType<typeof createMockHandler>, body: string, key?: string) {
  const response = await mock(
    await signedRequest(body, key === undefined ? {} : { headers: { 'Idempotency-Key': key } }),
  );
  return { status: response.status, envelope: checkEnvelope(response.status, await response.text()) };
}

describe('hostile bodies', () => {
  test('maximum-size bodies of nested arrays: what the mock keeps per session is bounded, not the body', async () => {
    // The limits lifted, so that every hostile body is accepted and stored.
    const mock = createMockHandler({ now: () => FIXED_NOW, maxJsonDepth: 1_000_000 });
    const count = 200;
    for (let i = 0; i < count; i++) {
      const { status, envelope } = await send(
        mock,
        buildHostileBody(specLimits.maxBodyBytes, `flood-${i}`),
        `key-${i}`,
      );
      expect(status, String(envelope.client_message)).toBe(200);
    }
    expect(mock.sessions.size).toBe(count);
    expect(mock.sessions.idempotencyEntries).toBe(count);
    // The session and the body's digest, every field bounded by the spec: the 64 KiB bodies are gone.
    for (const session of mock.sessions.list())
      expect(Object.values(session).join('').length).toBeLessThan(maxEntryBytes / 8);
    expect(JSON.stringify(mock.sessions.list())).not.toContain('[[');
    // A replay is still recognised from the digest alone, and a changed body still conflicts.
    expect((await send(mock, buildHostileBody(specLimits.maxBodyBytes, 'flood-7'), 'key-7')).envelope.status).toBe(101);
    expect((await send(mock, buildHostileBody(specLimits.maxBodyBytes - 2, 'flood-7'), 'key-7')).status).toBe(422);
  });

  test('with the default limits, a hostile body is refused before it is parsed', async () => {
    const mock = createMockHandler({ now: () => FIXED_NOW });
    const { status, envelope } = await send(mock, buildHostileBody(specLimits.maxBodyBytes, 'flood'));
    expect(status).toBe(400);
    expect(envelope.client_message).toMatch(/nests deeper than 32 levels/);
    expect(mock.sessions.size).toBe(0);
  });

  test.each([
    ['a member name repeated in one object', open('"a":1,"a":2'), /"a" appears twice/],
    ['a number beyond a double', open('"a":1e400'), /a number is outside the range of a double/],
    [
      'more members than mockMaxJsonMembers',
      JSON.stringify({
        ...JSON.parse(minimalBody),
        recipient_information: Object.fromEntries(
          Array.from({ length: specLimits.mockMaxJsonMembers }, (_, i) => [`f${i}`, i]),
        ),
      }),
      /more than 1024 object members/,
    ],
  ])('400, not silently equal or truncated: %s', async (_name, body, message) => {
    const mock = createMockHandler({ now: () => FIXED_NOW });
    const { status, envelope } = await send(mock, body, 'k');
    expect(status).toBe(400);
    expect(envelope.client_message).toMatch(message);
  });

  test('the same key with the same JSON value in another spelling is a replay (RFC 8785 comparison)', async () => {
    const mock = createMockHandler({ now: () => FIXED_NOW });
    const value = JSON.parse(minimalBody) as Record<string, unknown>;
    const first = await send(mock, JSON.stringify({ ...value, recipient_information: { n: 1, m: [1.5, 'é'] } }), 'k');
    const respelt = `{"recipient_information":{"m":[15e-1,"\\u00e9"],"n":1.0},"participant_unique_id1":${JSON.stringify(value.participant_unique_id1)}}`;
    expect(first.status).toBe(200);
    expect((await send(mock, respelt, 'k')).envelope.status).toBe(101);
    expect(
      (await send(mock, JSON.stringify({ ...value, recipient_information: { n: 1, m: ['é', 1.5] } }), 'k')).status,
    ).toBe(422);
  });
});
