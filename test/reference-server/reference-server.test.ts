import { describe, expect, test } from 'vitest';
import { lenientMistakes } from '../../conformance/lenient-mistakes.js';
import { referenceVariants } from './start-reference-server.js';
import { allowedHost, failedIds, runAgainstReference } from './sweep.js';

/**
 * The suite against an independent server (Python, written from the reference, no code shared
 * with the mock): every legitimate variant passes with no failure, and every lenient-implementation
 * defect of the table is caught by the case that names it. The full sweep (20 seeds x 1,000
 * generated cases per variant) is `npm run test:reference-sweep`; here a smaller one runs.
 */
const GENERATED_CASES = Number(process.env.INGO_REFERENCE_CASES ?? 100);

// Concurrent: each test starts its own server, and the time is spent waiting on it.
describe.concurrent('a legitimate variant of the reference server gets no failure', () => {
  test.each(['default', ...referenceVariants])('%s', { timeout: 120_000 }, async (variant) => {
    const report = await runAgainstReference(
      { variants: variant === 'default' ? [] : [variant as (typeof referenceVariants)[number]] },
      { seed: 1, cases: GENERATED_CASES },
    );
    const failed = report.cases.filter((c) => c.outcome === 'fail');
    expect(failed.map((c) => `${c.id}: ${c.failures[0]?.message}`)).toEqual([]);
    expect(report.totals.selected).toBeGreaterThan(50);
  });

  test(
    'a host_uri the user names is sent in positive cases and must then be accepted',
    { timeout: 60_000 },
    async () => {
      const accepted = await runAgainstReference({ variants: ['host-allow-list'] }, { hostUris: [allowedHost] });
      expect(accepted.cases.find((c) => c.id === 'full-body')?.outcome).toBe('pass');
      expect(accepted.cases.find((c) => c.id === 'full-body')?.title).toContain(allowedHost);
      const refused = await runAgainstReference(
        { variants: ['host-allow-list'] },
        { hostUris: ['https://other.example'] },
      );
      expect(failedIds(refused)).toEqual(['full-body']);
    },
  );

  test(
    'a strict server refusing an undocumented recipient value gets a warning naming field and value',
    { timeout: 60_000 },
    async () => {
      const report = await runAgainstReference(
        { variants: ['strict-recipient'] },
        { catalog: false, cases: 40, seed: 3 },
      );
      expect(report.totals.fail).toBe(0);
      const warned = report.cases.find((c) => c.id === 'generated/valid-body');
      expect(warned?.outcome).toBe('warning');
      expect(warned?.warnings[0]?.message).toMatch(/^this server refuses `recipient_information[.[]/);
    },
  );
});

describe.concurrent('each lenient-implementation defect fails the server on the case that names it', () => {
  const defects = [...new Set(lenientMistakes.map((m) => m.defect))];
  test.each(defects)('%s', { timeout: 60_000 }, async (defect) => {
    const failed = failedIds(await runAgainstReference({ defects: [defect] }, {}));
    for (const { caseId } of lenientMistakes.filter((m) => m.defect === defect)) expect(failed).toContain(caseId);
  });
});
