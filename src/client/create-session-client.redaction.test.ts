import { inspect } from 'node:util';
import { expect, test } from 'vitest';
import { createSessionClient } from './create-session-client.js';
import type { CreateSessionBody } from './session-client-types.js';
import {
  TEST_SECRET,
  createFakeIngo,
  jsonAnswer,
  minimalBody,
  testClientOptions,
} from '../../test-support/fake-ingo.js';

/** Every way a value is commonly printed or logged. */
function renderings(value: unknown): string[] {
  const out = [inspect(value, { depth: 10, showHidden: true }), String(value), JSON.stringify(value) ?? ''];
  if (value instanceof Error) out.push(value.message, value.stack ?? '', inspect(value.cause, { depth: 10 }));
  return out;
}

function expectNoSecrets(value: unknown) {
  for (const text of renderings(value)) {
    expect(text).not.toContain(TEST_SECRET);
    expect(text).not.toMatch(/signature="[^"[]/);
  }
}

test('the client prints and serialises as base URL and username only', () => {
  const client = createSessionClient(testClientOptions({ fetch: createFakeIngo().fetch }));
  expectNoSecrets(client);
  expect(JSON.parse(JSON.stringify(client))).toEqual({ baseUrl: 'http://ingo.test', username: 'test-user' });
  expect(inspect(client)).toContain('test-user');
});

test('errors never show the secret or a signature, even when the server echoes them', async () => {
  // A hostile or buggy server that repeats the request's Authorization and the secret back.
  const echo = createFakeIngo({
    respond: (seen) =>
      jsonAnswer(401, { status: 401, client_message: `rejected ${seen.headers.authorization} for ${TEST_SECRET}` }),
  });
  const client = createSessionClient(testClientOptions({ fetch: echo.fetch }));
  const { error } = await client.createSession(minimalBody);
  expect(error).toBeDefined();
  expectNoSecrets(error);
  expect(error!.clientMessage).toMatch(/^rejected hmac .*signature="\[REDACTED\]" for \[REDACTED\]$/);
  // Nor does the body or the headers kept on the error: code and logs print those too.
  expect(JSON.stringify(error!.body)).not.toContain(TEST_SECRET);
  expect(JSON.stringify(error!.body)).not.toMatch(/signature="[^"[]/);
  expect((error!.body as { client_message: string }).client_message).toMatch(
    /signature="\[REDACTED\]" for \[REDACTED\]$/,
  );
});

test.each<[string, () => Promise<unknown>]>([
  [
    'a validation error',
    () =>
      createSessionClient(testClientOptions({ fetch: createFakeIngo().fetch })).createSession({
        participant_unique_id1: TEST_SECRET,
      } as CreateSessionBody),
  ],
  [
    'a network error',
    () =>
      createSessionClient(
        testClientOptions({
          fetch: async () => {
            throw new TypeError(`fetch failed`, { cause: new Error(`socket hang up for ${TEST_SECRET}`) });
          },
        }),
      ).createSession(minimalBody),
  ],
  [
    'a timeout',
    () =>
      createSessionClient(
        testClientOptions({ fetch: () => new Promise(() => {}), timeoutMs: 20, retries: 0 }),
      ).createSession(minimalBody),
  ],
  [
    'a configuration error',
    async () => createSessionClient({ ...testClientOptions(), baseUrl: `not a url ${TEST_SECRET}` }),
  ],
  [
    'a base URL with credentials',
    async () => createSessionClient({ ...testClientOptions(), baseUrl: `https://user:${TEST_SECRET}@ingo.test` }),
  ],
])('%s carries no secret', async (_, act) => {
  const error = await Promise.resolve()
    .then(act)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(Error);
  // The error itself (not the platform error kept as `cause`, which is never printed by inspect).
  expect(renderings(error).slice(0, 5).join('\n')).not.toContain(TEST_SECRET);
});
