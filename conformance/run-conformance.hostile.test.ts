import { afterEach, expect, test } from 'vitest';
import type { HostileServer } from '../test-support/hostile-server.js';
import { runConformance } from './run-conformance.js';
import { startSuiteHostileServer } from './test-helpers/suite-hostile-server.js';

const credentials = { username: 'hostile-test-user', secret: 'hostile-test-secret-0123456789abcdef' };

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

test('an endless answer fails every case at once with the named reason, and the run goes on to the end', async () => {
  server = await startSuiteHostileServer('endless-chunked');
  const report = await runConformance({
    baseUrl: server.url,
    credentials,
    timeoutMs: 60_000,
    requestsPerSecond: Infinity,
    generation: { cases: 6, seed: 1 },
  });
  const run = report.cases.filter((c) => c.outcome !== 'skipped');
  expect(run.length).toBeGreaterThan(60);
  expect(report.passed).toBe(false);
  // Every case that ran failed on the cap, the catalog's and the generated ones (the idempotency sequences too).
  for (const result of run) {
    expect(result.outcome, result.id).toBe('fail');
    expect(result.failures[0]!.message, result.id).toMatch(/answer larger than 16384 bytes \(HTTP 200/);
  }
  expect(run.map((c) => c.id)).toContain('generated/idempotency-sequence');
  expect(server.counts.other).toBe(0);
});

test("the run's time limit bounds every mode: cases cut off or not reached are skipped, saying why, and the run fails", async () => {
  server = await startSuiteHostileServer('slow-headers');
  const report = await runConformance({
    baseUrl: server.url,
    credentials,
    // Far beyond the test's own timeout: only the run's time limit can end these requests, so the
    // run's returning at all (and the notes below) shows the limit at work, without timing it.
    timeoutMs: 600_000,
    timeLimitMs: 500,
    generation: { cases: 6, seed: 1 },
  });
  const notes = new Set(report.cases.filter((c) => c.outcome === 'skipped').map((c) => c.note));
  expect(report.cases.filter((c) => c.outcome !== 'skipped')).toEqual([]);
  expect(notes).toContain("not run to the end: the run's time limit of 0.5 s was reached");
  expect(report.passed).toBe(false);
});
