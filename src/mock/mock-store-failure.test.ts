import { afterEach, describe, expect, test } from 'vitest';
import { createMemoryStore } from './create-memory-store.js';
import { createMockHandler, type MockLogEvent } from './create-mock-handler.js';
import { envelopeCodes } from './mock-reply.js';
import type { MockStore } from './mock-store.js';
import { startMock, type RunningMock } from './start-mock.js';
import {
  createEnvelopeChecker,
  endpointUrl,
  FIXED_NOW,
  minimalBody,
  signedInit,
} from '../../test-support/mock-test-kit.js';

const checkEnvelope = createEnvelopeChecker();
const INTERNAL = 'ECONNREFUSED 10.9.8.7:6379 internal-detail';
type Mode = 'throw' | 'reject';
type Method = 'claimKey' | 'saveSession' | 'releaseKey';

/**
 * A store that fails like an unreachable Redis: while `down` holds a method, that method throws
 * (sync) or rejects (async), per `mode`; otherwise it is the in-memory store, answered as promises.
 */
function createFailingStore(mode: Mode) {
  const memory = createMemoryStore({ windowMs: 60_000, maxBytes: 1 << 20 });
  const down = new Set<Method>();
  const calls = { saveSession: 0 };
  const fail = (method: Method) => {
    const error = new Error(`${method}: ${INTERNAL}`);
    if (mode === 'throw') throw error;
    return Promise.reject(error);
  };
  const store: MockStore = {
    claimKey: (...args) => (down.has('claimKey') ? fail('claimKey') : Promise.resolve(memory.claimKey(...args))),
    saveSession: (session) => (
      calls.saveSession++,
      down.has('saveSession') ? fail('saveSession') : Promise.resolve(memory.saveSession(session))
    ),
    releaseKey: (...args) => {
      // As in Redis: the process's own waiters are failed even when the server cannot be reached.
      if (down.has('releaseKey')) {
        memory.releaseKey(...args);
        return fail('releaseKey');
      }
      return Promise.resolve(memory.releaseKey(...args));
    },
    getSession: (...args) => memory.getSession(...args),
    listSessions: (...args) => memory.listSessions(...args),
    findSessionByKey: (...args) => memory.findSessionByKey(...args),
    stats: (...args) => memory.stats(...args),
  };
  return { store, down, memory, calls };
}

const running: RunningMock[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((mock) => mock.close()));
});

/** The two entry points, each as "send one signed request and read the answer". */
const entryPoints = {
  'fetch handler': async (store: MockStore, log: (event: MockLogEvent) => void, latencyMs = 0) => {
    const handler = createMockHandler({ now: () => FIXED_NOW, store, log, faults: { latencyMs } });
    return async (key?: string) => {
      const response = await handler(
        new Request(
          endpointUrl(),
          signedInit(minimalBody, key === undefined ? {} : { headers: { 'Idempotency-Key': key } }),
        ),
      );
      return { status: response.status, headers: response.headers, text: await response.text() };
    };
  },
  'listen (node:http)': async (store: MockStore, log: (event: MockLogEvent) => void, latencyMs = 0) => {
    const mock = await startMock({ now: () => FIXED_NOW, store, log, faults: { latencyMs } });
    running.push(mock);
    return async (key?: string) => {
      const response = await fetch(
        endpointUrl(mock.url),
        signedInit(minimalBody, key === undefined ? {} : { headers: { 'Idempotency-Key': key } }),
      );
      return { status: response.status, headers: response.headers, text: await response.text() };
    };
  },
};

describe.each(Object.entries(entryPoints))('a store failure through the %s', (_, open) => {
  describe.each(['throw', 'reject'] as const)('when the store methods %s', (mode) => {
    test.each([
      ['claimKey', 'key-1'],
      ['saveSession', 'key-1'],
      ['saveSession', undefined],
    ] as const)(
      '%s failing (Idempotency-Key %s) is a 503 envelope with Retry-After, logged once, nothing internal leaked',
      async (method, key) => {
        const { store, down } = createFailingStore(mode);
        const events: MockLogEvent[] = [];
        const send = await open(store, (event) => events.push(event));
        down.add(method);
        const answer = await send(key);
        expect(answer.status).toBe(503);
        expect(answer.headers.get('retry-after')).toBe('1');
        expect(answer.headers.get('content-type')).toBe('application/json');
        expect(checkEnvelope(503, answer.text)).toMatchObject({
          status: 503,
          client_message: envelopeCodes.unavailable.client_message,
        });
        expect(answer.text).not.toContain('internal-detail');
        const failures = events.filter((event) => event.type === 'store_failed');
        expect(failures).toEqual([
          { type: 'store_failed', at: FIXED_NOW, operation: method, message: expect.stringContaining(INTERNAL) },
        ]);
        expect(failures[0]!.message).not.toMatch(/\n/);
        expect(events.find((event) => event.type === 'response')).toMatchObject({ status: 503, envelopeStatus: 503 });

        // Once the store is back, the same request (same key) is served: nothing stayed reserved.
        down.clear();
        const again = await send(key);
        expect(again.status).toBe(200);
        expect(JSON.parse(again.text)).toMatchObject({ status: envelopeCodes.created.status });
      },
    );

    test('a commit that fails while a duplicate waits on the key: both get 503, and the key is free afterwards', async () => {
      const { store, down, memory, calls } = createFailingStore(mode);
      const send = await open(store, () => {}, 500);
      down.add('saveSession');
      down.add('releaseKey');
      const first = send('key-2');
      // The duplicate is sent once the first holds the key, during its injected latency.
      while (memory.stats(FIXED_NOW).inFlightKeys === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      const duplicate = send('key-2');
      expect((await first).status).toBe(503);
      expect((await duplicate).status).toBe(503);
      // The duplicate waited for the first one's commit rather than attempting its own.
      expect(calls.saveSession).toBe(1);
      down.clear();
      const retried = await send('key-2');
      expect(retried.status).toBe(200);
      expect(JSON.parse(retried.text)).toMatchObject({ status: envelopeCodes.created.status });
      expect((await send('key-2')).text).toContain(`"status":${envelopeCodes.replayed.status}`);
    });
  });
});
