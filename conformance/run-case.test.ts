import { expect, test } from 'vitest';
import { spec } from '../generated/spec.js';
import type { CaseRequest, ConformanceCase } from './conformance-case.js';
import { createSchemaCache } from '../src/spec/create-schema-cache.js';
import { runCase, type RunCaseOptions } from './run-case.js';
import type { RawResponse } from './send-case-request.js';

const validators = createSchemaCache();
const created = spec.components.examples.Created.value;
const request = (n: number): CaseRequest => ({
  method: 'POST',
  path: '/p',
  headers: {
    Authorization: `hmac username="u", algorithm="hmac-sha512", headers="x-date", signature="c2lnbmF0dXJl${n}"`,
    'X-Secret-Echo': 'top-secret-value',
  },
  body: Buffer.from(JSON.stringify({ participant_unique_id1: created.data.participant_unique_id1 })),
});
const reply = (status: number, body: unknown, headers: Record<string, string> = {}): RawResponse => ({
  status,
  headers: new Headers({ 'content-type': 'application/json', ...headers }),
  text: JSON.stringify(body),
});
const twoStep: ConformanceCase = {
  id: 'two-step',
  title: 'two steps',
  tags: ['idempotency', 'stateful'],
  setup: [{ build: () => request(1), expect: { outcome: 'created' } }],
  build: () => request(2),
  expect: { outcome: 'replayed', sameSessionAs: 0 },
};

function options(answers: RawResponse[], extra: Partial<RunCaseOptions> = {}) {
  const sent: CaseRequest[] = [];
  const sleeps: number[] = [];
  let clock = 0;
  const run: RunCaseOptions = {
    context: {
      credentials: { username: 'u', secret: 'top-secret-value' },
      now: () => new Date(0),
      key: 'k',
      otherKey: 'k2',
    },
    send: async (r) => {
      sent.push(r);
      clock += 5;
      return answers.shift() ?? reply(500, { status: 500, client_message: 'no more answers' });
    },
    validators,
    timer: () => clock,
    sleep: async (ms) => void sleeps.push(ms),
    now: () => 0,
    secrets: ['top-secret-value'],
    ...extra,
  };
  return { run, sent, sleeps };
}

test('an enforced case passes when every step meets its expectation, and records redacted exchanges', async () => {
  const { run } = options([reply(200, created), reply(200, { ...created, status: 101 })]);
  const result = await runCase(twoStep, run);
  expect(result).toMatchObject({ id: 'two-step', outcome: 'pass', failures: [], durationMs: 10 });
  expect(result.exchanges.map((e) => [e.step, e.response?.classification.kind])).toEqual([
    [0, 'created'],
    [1, 'replayed'],
  ]);
  const recorded = JSON.stringify(result);
  expect(recorded).not.toContain('c2lnbmF0dXJl');
  expect(recorded).not.toContain('top-secret-value');
  expect(result.exchanges[0]!.request.headers.Authorization).toBe(
    'hmac username="u", algorithm="hmac-sha512", headers="x-date", signature="[REDACTED]"',
  );
});

test('an enforced case stops at the first step that misses its expectation', async () => {
  const { run, sent } = options([reply(401, { status: 401, client_message: 'no', time: 0 })]);
  const result = await runCase(twoStep, run);
  expect(result.outcome).toBe('fail');
  expect(result.failures).toEqual([
    {
      check: 'expectation',
      step: 0,
      message: 'expected a new session (HTTP 200, status 100), got HTTP 401, status 401',
    },
  ]);
  expect(sent).toHaveLength(1);
  expect(result.rejectionForm).toBe('http');
});

test('an unenforced case runs every step, checks responses against the spec, and never passes', async () => {
  const { run, sent } = options([reply(200, created), reply(200, created)], {
    unenforcedReason: 'not enforced by profile no-auth (tag stateful)',
  });
  const result = await runCase(twoStep, run);
  expect(sent).toHaveLength(2);
  expect(result.outcome).toBe('not_enforced');
  expect(result.note).toBe(
    'not enforced by profile no-auth (tag stateful); the server answered HTTP 200, status 100 then HTTP 200, status 100; the expectation would not have held: expected an idempotent replay (HTTP 200, status 101), got HTTP 200, status 100',
  );
  const broken = await runCase(
    twoStep,
    options([reply(200, created), reply(200, { status: 100 })], { unenforcedReason: 'x' }).run,
  );
  expect(broken.outcome).toBe('fail');
  expect(broken.failures.map((f) => [f.check, f.step])).toEqual([
    ['body-schema', 1],
    ['envelope-consistent', 1],
  ]);
});

test('HTTP 429 is retried after Retry-After with a freshly built request, a bounded number of times', async () => {
  const limited = reply(429, { status: 429, client_message: 'slow down', time: 0 }, { 'retry-after': '2' });
  const { run, sent, sleeps } = options([limited, reply(200, created), reply(200, { ...created, status: 101 })]);
  const result = await runCase(twoStep, run);
  expect(result.outcome).toBe('pass');
  expect(sleeps).toEqual([2000]);
  expect(sent).toHaveLength(3);
  expect(result.exchanges[0]!.attempts).toBe(2);
  const always = options([limited, limited, limited, limited]);
  const gaveUp = await runCase(twoStep, always.run);
  expect(always.sent).toHaveLength(3);
  expect(gaveUp.failures.at(-1)!.message).toBe(
    'expected a new session (HTTP 200, status 100), got HTTP 429, status 429',
  );
});

test('a case whose request cannot be built, or that gets no response, fails with that reason', async () => {
  const broken: ConformanceCase = {
    ...twoStep,
    setup: [],
    build: () => {
      throw new Error('bad catalog entry');
    },
  };
  expect((await runCase(broken, options([]).run)).failures).toEqual([
    { check: 'request', step: 0, message: 'could not build the request: bad catalog entry' },
  ]);
  const { run } = options([], { send: () => Promise.reject(new Error('no response within 5 ms')) });
  const result = await runCase(twoStep, run);
  expect(result.failures).toEqual([{ check: 'transport', step: 0, message: 'no response: no response within 5 ms' }]);
  expect(result.exchanges).toHaveLength(1);
  expect(result.exchanges[0]!.response).toBeUndefined();
});
