import { createServer } from 'node:net';
import { createSessionClient } from '../src/client/create-session-client.js';
import type {
  CreateSessionBody,
  CreateSessionResult,
  SessionClientOptions,
} from '../src/client/session-client-types.js';
import type { MockLogEvent } from '../src/mock/mock-options.js';
import { startMock } from '../src/mock/start-mock.js';
import type { OutputCollector } from './collect-output.js';
import { recordAttempts, type AttemptFetch } from './record-attempts.js';
import { makeSessionBody, reliabilityCredentials, reliabilityFixedNow } from './reliability-fixtures.js';

const { secret } = reliabilityCredentials;
const fixedDate = () => new Date(reliabilityFixedNow);

/**
 * Drives the client into every outcome it has (success, replay after a clock correction, each
 * ApiError subclass, timeout, network error, request validation, bad configuration, and answers
 * from a server that echoes the Authorization header back) and hands every result, error, the
 * client itself and the mocks' logs to `collector`. Every signature sent is added to `signatures`.
 */
export async function runClientSecretScenarios(collector: OutputCollector, signatures: Set<string>): Promise<void> {
  const events: MockLogEvent[] = [];
  const base = {
    credentials: reliabilityCredentials,
    now: () => reliabilityFixedNow,
    log: (event: MockLogEvent) => events.push(event),
  };
  const mocks = [
    await startMock(base),
    await startMock({ ...base, faults: { rateLimitPerSecond: 1 } }),
    await startMock({ ...base, faults: { latencyMs: 300 } }),
  ];
  const [mock, limited, slow] = mocks as [(typeof mocks)[0], (typeof mocks)[0], (typeof mocks)[0]];
  const recorders: ReturnType<typeof recordAttempts>[] = [];
  const makeClient = (overrides: Partial<SessionClientOptions> = {}) => {
    const recorder = recordAttempts(
      (overrides.fetch as AttemptFetch | undefined) ?? ((request, init) => fetch(request, init)),
    );
    recorders.push(recorder);
    return createSessionClient({
      ...reliabilityCredentials,
      baseUrl: mock.url,
      rateLimit: false,
      retries: 0,
      now: fixedDate,
      sleep: async () => {},
      ...overrides,
      fetch: recorder.fetch,
    });
  };
  const body = makeSessionBody('secrets-scan');
  const run = async (name: string, call: () => Promise<CreateSessionResult> | unknown, { rawFields = true } = {}) => {
    try {
      const result = (await call()) as CreateSessionResult | undefined;
      if (result?.error) collector.addError(`client ${name}`, result.error, { rawFields });
      else if (result?.data) collector.addValue(`client ${name} result`, result.data);
    } catch (error) {
      collector.addError(`client ${name}`, error, { rawFields });
    }
  };
  try {
    const client = makeClient({ retries: 2 });
    collector.addValue('client object', client);
    await run('success', () => client.createSession(body));
    await run('wrong secret', () => makeClient({ secret: `${secret}-wrong` }).createSession(body));
    await run('clock an hour slow', () =>
      makeClient({ retries: 2, now: () => new Date(reliabilityFixedNow - 3_600_000) }).createSession(body),
    );
    await run('conflict setup', () => client.createSession(body, { idempotencyKey: 'secrets-conflict' }));
    await run('conflict', () =>
      client.createSession(makeSessionBody('secrets-other'), { idempotencyKey: 'secrets-conflict' }),
    );
    const limitedClient = makeClient({ baseUrl: limited.url });
    await run('rate limit setup', () => limitedClient.createSession(body));
    await run('rate limited', () => limitedClient.createSession(body));
    await run('timeout', () => makeClient({ baseUrl: slow.url, timeoutMs: 50 }).createSession(body));
    await run('network error', async () =>
      makeClient({ baseUrl: await closedPortUrl(), retries: 1 }).createSession(body),
    );
    await run('invalid body', () => client.createSession({ participant_unique_id1: '' } as CreateSessionBody));
    await run('key too long', () => client.createSession(body, { idempotencyKey: 'k'.repeat(300) }));
    await run('secret in baseUrl', () => makeClient({ baseUrl: `http://user:${secret}@127.0.0.1:1` }));
    await run('secret as baseUrl', () => makeClient({ baseUrl: secret }));
    await run('bad retries', () => makeClient({ retries: -1 }));
    // A server (or proxy) that echoes the request's Authorization header: the library must not print it.
    const echo =
      (status: number, answer: (authorization: string) => string): AttemptFetch =>
      async (input, init) =>
        new Response(answer(new Request(input, init).headers.get('authorization') ?? ''), {
          status,
          headers: { 'content-type': 'application/json' },
        });
    await run(
      'echoing server 400',
      () =>
        makeClient({
          fetch: echo(400, (auth) =>
            JSON.stringify({ status: 400, client_message: `you sent Authorization: ${auth}`, time: 0 }),
          ),
        }).createSession(body),
      { rawFields: false },
    );
    await run(
      'echoing server bare',
      () =>
        makeClient({
          fetch: echo(401, (auth) => JSON.stringify({ status: 401, client_message: auth, time: 0 })),
        }).createSession(body),
      { rawFields: false },
    );
    // Only the signature, without `signature="…"` around it for a pattern to catch.
    const bareSignature = (auth: string) => /signature="([^"]*)"/.exec(auth)?.[1] ?? '';
    await run(
      'echoing server signature only',
      () =>
        makeClient({
          fetch: echo(401, (auth) =>
            JSON.stringify({ status: 401, client_message: `bad signature ${bareSignature(auth)}`, time: 0 }),
          ),
        }).createSession(body),
      { rawFields: false },
    );
    await run(
      'echoing server 502',
      () => makeClient({ fetch: echo(502, (auth) => `upstream said: authorization=${auth}`) }).createSession(body),
      { rawFields: false },
    );
    await run(
      'echoing server drift',
      () =>
        makeClient({
          validateResponses: true,
          fetch: echo(200, (auth) =>
            JSON.stringify({ status: 100, client_message: auth, data: { [auth]: 1 }, time: 0 }),
          ),
        }).createSession(body),
      { rawFields: false },
    );
  } finally {
    await Promise.all(mocks.map((running) => running.close()));
  }
  for (const recorder of recorders)
    for (const attempt of recorder.attempts) if (attempt.signature) signatures.add(attempt.signature);
  collector.addValue('mock log (client scenarios)', events);
}

/** A loopback URL nothing listens on. */
export function closedPortUrl(): Promise<string> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(`http://127.0.0.1:${port}`));
    });
  });
}
