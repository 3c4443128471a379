import { describe, expect, test } from 'vitest';
import { createMockHandler } from '../src/mock/create-mock-handler.js';
import { spec } from '../generated/spec.js';
import { createCatalog } from './conformance-catalog.js';
import { isConformanceError } from './conformance-error.js';
import { runConformance, type ConformanceProgress } from './run-conformance.js';

const fixedNow = Date.parse('2026-04-01T20:18:47Z');
const now = () => fixedNow;

describe('runConformance', () => {
  test('the whole default suite passes against the embedded mock (started in-process, fresh credentials)', async () => {
    const events: ConformanceProgress[] = [];
    const report = await runConformance({ now, onProgress: (event) => events.push(event) });
    const catalog = createCatalog();
    expect(report.target.embeddedMock).toBe(true);
    expect(report.target.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(report.cases.map((c) => c.id)).toEqual(catalog.map((c) => c.id));
    expect(report.cases.filter((c) => c.outcome !== 'pass').map((c) => [c.id, c.outcome])).toEqual([
      ['legacy-hmac-sha256', 'skipped'],
    ]);
    expect(report.totals).toEqual({
      selected: catalog.length - 1,
      pass: catalog.length - 1,
      warning: 0,
      fail: 0,
      notEnforced: 0,
      skipped: 1,
    });
    expect(report.passed).toBe(true);
    expect(report.startedAt).toBe('2026-04-01T20:18:47.000Z');
    // Every rejection the mock makes is an HTTP 4xx; the report says so.
    expect(report.rejectionForms).toEqual({
      http: report.cases.filter((c) => c.rejectionForm === 'http').length,
      envelope: 0,
    });
    expect(report.rejectionForms.http).toBeGreaterThan(25);
    expect(events[0]).toMatchObject({
      type: 'start',
      total: catalog.length - 1,
      embeddedMock: true,
      profile: 'strict',
    });
    expect(events.filter((e) => e.type === 'case').map((e) => (e as { done: number }).done)).toEqual(
      Array.from({ length: catalog.length - 1 }, (_, i) => i + 1),
    );
    // Replays compare sessions across steps, and every recorded request has its signature redacted.
    const replay = report.cases.find((c) => c.id === 'idempotent-replay')!;
    expect(replay.exchanges.map((e) => e.response?.classification.kind)).toEqual(['created', 'replayed']);
    expect(replay.exchanges[0]!.response!.classification.sessionId).toBe(
      replay.exchanges[1]!.response!.classification.sessionId,
    );
    expect(JSON.stringify(report)).not.toMatch(/signature="[A-Za-z0-9+/=]{20,}"/);
  });

  test('opt-in legacy runs when asked for, and the embedded mock accepts HMAC-SHA256', async () => {
    const report = await runConformance({ now, tags: ['legacy'] });
    expect(report.cases.filter((c) => c.outcome !== 'skipped').map((c) => [c.id, c.outcome])).toEqual([
      ['legacy-hmac-sha256', 'pass'],
    ]);
  });

  test('a server rejecting legacy signatures fails the legacy case', async () => {
    const credentials = { username: 'u', secret: 'a-long-enough-secret' };
    const handler = createMockHandler({ credentials, now, algorithms: ['hmac-sha512'] });
    const report = await runConformance({
      baseUrl: 'http://mock.invalid',
      credentials,
      fetch: handler,
      now,
      tags: ['legacy'],
    });
    expect(report.cases.find((c) => c.id === 'legacy-hmac-sha256')).toMatchObject({
      outcome: 'fail',
      rejectionForm: 'http',
    });
    expect(report.passed).toBe(false);
  });

  test('a rejection sent as HTTP 200 with an error envelope counts as a rejection and is reported as such', async () => {
    const credentials = { username: 'u', secret: 'a-long-enough-secret' };
    const handler = createMockHandler({ credentials, now });
    const envelopeServer = async (request: Request) => {
      const response = await handler(request);
      return response.status >= 400
        ? new Response(await response.text(), { status: 200, headers: { 'content-type': 'application/json' } })
        : response;
    };
    const report = await runConformance({
      baseUrl: 'http://mock.invalid',
      credentials,
      fetch: envelopeServer,
      now,
      tags: ['auth', 'idempotency'],
    });
    expect(report.totals.fail).toBe(0);
    expect(report.rejectionForms.http).toBe(0);
    expect(report.rejectionForms.envelope).toBeGreaterThan(15);
    expect(report.cases.find((c) => c.id === 'stale-x-date')!.rejectionForm).toBe('envelope');
  });

  test('a server without the 64 KiB body limit (an assumption of the spec) gets a warning, a failure only with strictAssumptions', async () => {
    const mockOptions = { maxBodyBytes: 1_000_000 };
    const lenient = await runConformance({ now, tags: ['limits'], mockOptions });
    const tooLarge = lenient.cases.find((c) => c.id === 'body-too-large')!;
    expect(tooLarge).toMatchObject({ outcome: 'warning', failures: [] });
    expect(tooLarge.warnings).toEqual([
      expect.objectContaining({
        check: 'expectation',
        sources: [expect.objectContaining({ kind: 'assumption', pointer: '#/x-ingo-limits', keyword: 'maxBodyBytes' })],
      }),
    ]);
    expect(lenient.cases.filter((c) => c.outcome === 'warning').map((c) => c.id)).toEqual(['body-too-large']);
    expect(lenient).toMatchObject({ passed: true, strictAssumptions: false, totals: { warning: 1, fail: 0 } });

    const strict = await runConformance({ now, tags: ['limits'], mockOptions, strictAssumptions: true });
    expect(strict.cases.find((c) => c.id === 'body-too-large')).toMatchObject({ outcome: 'fail', warnings: [] });
    expect(strict).toMatchObject({ passed: false, strictAssumptions: true, totals: { warning: 0, fail: 1 } });
  });

  test('documented facts stay failures: a server that accepts every body fails the documented rows and warns on the assumed ones', async () => {
    const created = JSON.stringify(spec.components.examples.Created.value);
    const acceptsAll = async () =>
      new Response(created, { status: 200, headers: { 'content-type': 'application/json' } });
    const report = await runConformance({
      baseUrl: 'http://x.invalid',
      credentials: { username: 'u', secret: 'sssssssss' },
      fetch: acceptsAll,
      tags: ['validation'],
    });
    const outcome = (id: string) => report.cases.find((c) => c.id === id)!.outcome;
    // Documented: the locale enum, the required participant_unique_id1, its 100-character limit.
    for (const id of [
      'locale-outside-enum',
      'missing-participant_unique_id1',
      'participant_unique_id1-over-max-length',
    ])
      expect([id, outcome(id)]).toEqual([id, 'fail']);
    // Assumed: a non-empty participant_unique_id1 and the 64 KiB body limit.
    for (const id of ['participant_unique_id1-under-min-length', 'body-too-large'])
      expect([id, outcome(id)]).toEqual([id, 'warning']);
    expect(report.passed).toBe(false);
  });

  test('an undocumented but well-formed error fails its checks without crashing the run', async () => {
    const teapot = async () =>
      new Response(JSON.stringify({ status: 418, client_message: 'teapot', time: 0 }), {
        status: 418,
        headers: { 'content-type': 'application/json' },
      });
    const report = await runConformance({
      baseUrl: 'http://x.invalid',
      credentials: { username: 'u', secret: 'sssssssss' },
      fetch: teapot,
      tags: ['validation'],
    });
    const result = report.cases.find((c) => c.id === 'malformed-json')!;
    expect(result.outcome).toBe('fail');
    expect(result.rejectionForm).toBe('http');
    expect(result.failures.map((f) => f.check)).toEqual(['status-documented']);
    // 418 for 400 differs only in the decision table's assumed halves: that part is a warning.
    expect(result.warnings.map((f) => f.check)).toEqual(['expectation']);
    expect(result.warnings[0]!.message).toMatch(
      /\[spec: #\/components\/responses\/BadRequest httpStatus \(assumption\), #\/components\/examples\/InvalidBody status \(assumption\)\]$/,
    );
  });

  test('a transport failure or timeout is a failure of that case, not a crash', async () => {
    const refused = async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    };
    const report = await runConformance({
      baseUrl: 'http://x.invalid',
      credentials: { username: 'u', secret: 'sssssssss' },
      fetch: refused,
      tags: ['idempotency'],
    });
    expect(report.cases.find((c) => c.id === 'idempotent-replay')!.failures).toEqual([
      { check: 'transport', step: 0, message: 'no response: request failed: fetch failed (ECONNREFUSED)' },
    ]);
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    const slow = await runConformance({
      baseUrl: 'http://x.invalid',
      credentials: { username: 'u', secret: 'sssssssss' },
      fetch: hang,
      timeoutMs: 20,
      tags: ['idempotency'],
    });
    expect(slow.cases.find((c) => c.id === 'idempotent-replay')!.failures[0]!.message).toBe(
      'no response: no response within 20 ms',
    );
  });

  test('refuses to run without what it needs, naming it', async () => {
    const reject = (options: Parameters<typeof runConformance>[0]) =>
      runConformance(options).then(
        () => undefined,
        (error: unknown) => error,
      );
    const missing = await reject({ baseUrl: 'https://example.invalid' });
    expect(isConformanceError(missing) && missing.message).toMatch(/credentials are required/);
    expect(String(await reject({ baseUrl: 'ftp://x', credentials: { username: 'u', secret: 's' } }))).toMatch(
      /base URL must use http or https, not ftp/,
    );
    expect(String(await reject({ tags: ['nope'] }))).toMatch(/unknown tag nope: known tags are .*auth/);
    expect(String(await reject({ profile: 'lenient' as 'strict' }))).toMatch(
      /unknown profile "lenient": use one of strict, no-auth/,
    );
  });
});
