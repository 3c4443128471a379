import { performance } from 'node:perf_hooks';
import { runConformance } from '../conformance/run-conformance.js';
import { startMock } from '../src/mock/start-mock.js';
import type { BenchSectionResult } from './bench-section.js';

const RUNS = 5;
const TARGET_MS = 2000;

/**
 * `conformance_suite_ms`: the whole default suite against the embedded mock, timed after the mock
 * has started (start-up excluded). The median of five runs after one cold run, which is reported
 * separately since it includes compiling the response schemas.
 */
export default async function run(): Promise<BenchSectionResult> {
  const credentials = { username: 'bench', secret: 'bench-secret-0123456789abcdef' };
  const mock = await startMock({ credentials });
  try {
    const times: number[] = [];
    let cases = 0;
    for (let i = 0; i <= RUNS; i++) {
      const started = performance.now();
      const report = await runConformance({ baseUrl: mock.url, credentials });
      times.push(performance.now() - started);
      if (!report.passed) throw new Error(`the conformance suite failed against the embedded mock: ${report.totals.fail} failures`);
      cases = report.totals.selected;
    }
    const [cold, ...warm] = times;
    const median = warm.sort((a, b) => a - b)[Math.floor(warm.length / 2)]!;
    return {
      rows: [
        { name: `conformance_suite_ms (${cases} cases, median of ${RUNS})`, value: median, unit: 'ms', target: `<= ${TARGET_MS}` },
        { name: 'conformance_suite_cold_ms (first run)', value: cold!, unit: 'ms' },
      ],
      results: { conformance_suite_ms: Math.round(median), conformance_suite_cold_ms: Math.round(cold!) },
    };
  } finally {
    await mock.close();
  }
}
