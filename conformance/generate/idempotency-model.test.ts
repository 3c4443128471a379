import { describe, expect, test } from 'vitest';
import type { Classification } from '../classify-response.js';
import { createIdempotencyModel, type IdempotencyCommand } from './idempotency-model.js';

const created = (id: string, url = `u-${id}-${Math.random()}`): Classification => ({
  kind: 'created',
  httpStatus: 200,
  envelopeStatus: 100,
  sessionId: id,
  authorizedUrl: url,
});
const replayed = (id: string, url = `u-${id}-${Math.random()}`): Classification => ({
  kind: 'replayed',
  httpStatus: 200,
  envelopeStatus: 101,
  sessionId: id,
  authorizedUrl: url,
});
const reused = (httpStatus = 422): Classification => ({
  kind: 'rejected',
  form: 'http',
  httpStatus,
  envelopeStatus: 13723,
});
const send = (key: number | null, body: number, reserialise = false): IdempotencyCommand => ({
  kind: 'send',
  key,
  body,
  reserialise,
});
const bodies = [{ a: 1, b: 2 }, { a: 2 }];

describe('the idempotency model', () => {
  test('documented rules: new key creates, same body replays the same session with a fresh URL, another body is 13723', () => {
    const model = createIdempotencyModel();
    expect(model.check(send(0, 0), [created('s1', 'u1')], '{"a":1,"b":2}', bodies[0])).toEqual([]);
    expect(model.check(send(0, 0), [replayed('s1', 'u2')], '{"a":1,"b":2}', bodies[0])).toEqual([]);
    expect(model.check(send(0, 1), [reused()], '{"a":2}', bodies[1])).toEqual([]);
    expect(model.check(send(null, 0), [created('s2')], '{"a":1,"b":2}', bodies[0])).toEqual([]);
    // Divergences, each a failure (no sources).
    expect(model.check(send(0, 0), [replayed('s1', 'u2')], '{"a":1,"b":2}', bodies[0])).toEqual([
      { message: 'authorized_url u2 was issued before: every answer must carry a fresh one' },
    ]);
    expect(model.check(send(0, 0), [replayed('s9')], '{"a":1,"b":2}', bodies[0])[0]!.message).toMatch(
      /not the key's session s1/,
    );
    expect(model.check(send(0, 0), [created('s3')], '{"a":1,"b":2}', bodies[0])[0]!.message).toMatch(
      /a second session/,
    );
    expect(model.check(send(0, 1), [replayed('s1')], '{"a":2}', bodies[1])[0]!.message).toMatch(
      /expected a rejection with status 13723/,
    );
    expect(model.check(send(null, 0), [created('s1')], '{"a":1,"b":2}', bodies[0])[0]!.message).toMatch(
      /which an earlier request created/,
    );
  });

  test('Assumptions: JSON-equal bodies, in-flight duplicates and HTTP 422 name their spec rows', () => {
    const model = createIdempotencyModel();
    model.check(send(0, 0), [created('s1')], '{"a":1,"b":2}', bodies[0]);
    const [json] = model.check(send(0, 0, true), [reused()], '{ "b":2, "a":1 }', bodies[0]);
    expect(json!.sources!.map((s) => [s.keyword, s.kind])).toEqual([['bodyComparison', 'assumption']]);
    const [status] = model.check(send(0, 1), [reused(409)], '{"a":2}', bodies[1]);
    expect(status!.sources!.map((s) => [s.pointer, s.keyword, s.kind])).toEqual([
      ['#/components/responses/IdempotencyConflict', 'httpStatus', 'assumption'],
    ]);
    const [inFlight] = model.check(
      { kind: 'concurrent', key: 1, body: 1, copies: 2 },
      [created('s2'), reused()],
      '{"a":2}',
      bodies[1],
    );
    expect(inFlight!.sources!.map((s) => s.keyword)).toEqual(['inFlightDuplicate']);
    // Two sessions under one new key is documented ("no second session"): no sources.
    expect(
      model.check(
        { kind: 'concurrent', key: 2, body: 0, copies: 2 },
        [created('s3'), created('s4')],
        '{"a":1,"b":2}',
        bodies[0],
      )[0]!.sources,
    ).toBeUndefined();
  });
});
