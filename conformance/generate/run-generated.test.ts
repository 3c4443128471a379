import { describe, expect, test } from 'vitest';
import { createMockHandler } from '../../src/mock/create-mock-handler.js';
import { runConformance } from '../run-conformance.js';
import { withLengthInUtf8Bytes } from '../test-helpers/subtle-broken-mocks.js';

// The full proof (10 seeds x 1,000 cases) takes about a minute on a shared machine: npm test runs
// 10 seeds x 150; INGO_GENERATED_FULL=1 runs the full size.
const CASES = process.env.INGO_GENERATED_FULL ? 1000 : 150;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const fixedNow = Date.parse('2026-04-01T20:18:47Z');
const now = () => fixedNow;
const credentials = { username: 'generated', secret: 'generated-test-secret-0123456789' };
const inProcess = (wrap = (h: ReturnType<typeof createMockHandler>) => h as (r: Request) => Promise<Response>) => ({
  baseUrl: 'http://mock.invalid',
  credentials,
  now,
  fetch: wrap(createMockHandler({ credentials, now })),
  // In-process: no need for the 5/s a remote server gets by default.
  requestsPerSecond: Infinity,
});

describe('the generative run', () => {
  test.each(SEEDS)(
    `passes the embedded mock with seed %i (${CASES} cases): no false positives`,
    async (seed) => {
      const report = await runConformance({ tags: ['clock'], generation: { seed, cases: CASES } });
      const diverged = report.cases
        .filter((c) => c.outcome !== 'pass' && c.outcome !== 'skipped')
        .map((c) => `${c.id}: ${c.failures[0]?.message ?? c.warnings[0]?.message} ${c.generated?.rerun ?? ''}`);
      expect(diverged).toEqual([]);
      const generated = report.cases.filter((c) => c.id.startsWith('generated/'));
      expect(generated.reduce((sum, c) => sum + (c.generated?.runs ?? 0), 0)).toBe(CASES);
      expect(report.generation).toEqual({ seed, cases: CASES, durationMs: expect.any(Number) });
    },
    120_000,
  );

  test('is reproducible from its seed, and --replay reruns exactly the shrunk case', async () => {
    const broken = () => inProcess((h) => withLengthInUtf8Bytes(h, credentials, now));
    const first = await runConformance({ ...broken(), tags: ['clock'], generation: { seed: 99, cases: 60 } });
    const again = await runConformance({ ...broken(), tags: ['clock'], generation: { seed: 99, cases: 60 } });
    const failed = first.cases.find((c) => c.id === 'generated/valid-body')!;
    expect(failed.outcome).toBe('fail');
    expect(again.cases.find((c) => c.id === 'generated/valid-body')!.generated).toEqual(failed.generated);

    const replayed = await runConformance({ ...broken(), generation: { seed: 99, replay: failed.generated!.replay! } });
    const ran = replayed.cases.filter((c) => c.outcome !== 'skipped');
    expect(ran.map((c) => c.id)).toEqual(['generated/valid-body']);
    expect(ran[0]!.outcome).toBe('fail');
    expect(ran[0]!.generated!.example).toEqual(failed.generated!.example);
    expect(ran[0]!.generated!.runs).toBe(1);
    expect(ran[0]!.exchanges).toHaveLength(1);
    expect(replayed.cases.find((c) => c.id === 'minimal-body')!.note).toMatch(/--replay runs one generated case/);
    expect(replayed.generation).toEqual({
      seed: 99,
      cases: 50,
      replay: failed.generated!.replay,
      durationMs: expect.any(Number),
    });
  }, 120_000);

  test('stops at the time limit: properties not reached are skipped, saying why', async () => {
    let clock = 0;
    const report = await runConformance({
      ...inProcess(),
      timer: () => (clock += 1),
      generation: { seed: 1, cases: 200, timeLimitMs: 50 },
    });
    const reasons = report.cases
      .filter((c) => c.id.startsWith('generated/') && c.outcome === 'skipped')
      .map((c) => c.note);
    expect(reasons.length).toBeGreaterThan(0);
    expect(new Set(reasons)).toEqual(new Set(['time limit reached']));
    expect(report.cases.some((c) => c.outcome === 'fail')).toBe(false);
  }, 60_000);

  test("against a server it is paced at the spec's 5 requests per second unless told otherwise", async () => {
    const paced = async (requestsPerSecond?: number) => {
      let clock = 0;
      const slept: number[] = [];
      await runConformance({
        ...inProcess(),
        tags: ['clock'],
        timer: () => clock,
        sleep: async (ms) => {
          slept.push(ms);
          clock += ms;
        },
        generation: { seed: 4, cases: 8 },
        requestsPerSecond,
      });
      return slept;
    };
    const slept = await paced();
    expect(slept.length).toBeGreaterThan(8);
    expect(Math.max(...slept)).toBeCloseTo(200, 0);
    expect(await paced(Infinity)).toEqual([]);
  }, 60_000);
});
