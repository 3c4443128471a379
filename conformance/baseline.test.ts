import { describe, expect, test } from 'vitest';
import { applyBaseline, parseBaseline, recordBaseline } from './baseline.js';
import { createCatalog } from './conformance-catalog.js';
import { formatJunit } from './format-junit.js';
import { runConformance } from './run-conformance.js';
import { withStaleDatesAccepted } from './test-helpers/broken-mocks.js';
import { createMockHandler } from '../src/mock/create-mock-handler.js';

const credentials = { username: 'baseline-user', secret: 'baseline-secret-0123456789abcdef' };
const now = () => Date.parse('2026-04-01T12:00:00Z');
const catalog = createCatalog().filter((c) => ['minimal-body', 'stale-x-date', 'future-x-date'].includes(c.id));

async function runBroken(baseline?: ReturnType<typeof recordBaseline>) {
  const handler = withStaleDatesAccepted(createMockHandler({ credentials, now }), credentials, now);
  return runConformance({
    baseUrl: 'http://mock.test',
    credentials,
    now,
    catalog,
    fetch: (request) => handler(request),
    ...(baseline ? { baseline } : {}),
  });
}

describe('baseline', () => {
  test('records the findings once, then fails only on new ones and reports the recorded ones apart', async () => {
    const first = await runBroken();
    expect(first.passed).toBe(false);
    const baseline = parseBaseline(JSON.stringify(recordBaseline(first)));
    expect(baseline.findings.map((f) => f.caseId).sort()).toEqual(['future-x-date', 'stale-x-date']);

    const second = await runBroken(baseline);
    expect(second.passed).toBe(true);
    expect(second.totals.fail).toBe(0);
    expect(second.baseline).toEqual({ recorded: 2, baselined: 2, new: 0 });
    const stale = second.cases.find((c) => c.id === 'stale-x-date')!;
    expect(stale.outcome).toBe('pass');
    expect(stale.baselined?.[0]).toMatchObject({ severity: 'failure', check: 'expectation' });
    expect(formatJunit(second)).toContain('BASELINED failure [expectation]');
    expect(formatJunit(second)).toContain('<property name="baselined" value="2"/>');

    // A finding the baseline does not hold still fails the run.
    const partial = { version: 1 as const, findings: baseline.findings.filter((f) => f.caseId === 'stale-x-date') };
    const third = applyBaseline(first, partial);
    expect(third.passed).toBe(false);
    expect(third.cases.find((c) => c.id === 'future-x-date')!.outcome).toBe('fail');
    expect(third.baseline).toEqual({ recorded: 1, baselined: 1, new: 1 });
  });

  test('a file that is not a baseline is refused with a message naming it', () => {
    expect(() => parseBaseline('{}', 'ci/baseline.json')).toThrow(/ci\/baseline.json is not a conformance baseline/);
    expect(() => parseBaseline('nope', 'b.json')).toThrow(/b.json is not JSON/);
  });
});
