/**
 * The full proof against the Python reference server (npm run test:reference-sweep):
 *   tsx test/reference-server/sweep.ts [--seeds 1-20] [--cases 1000] [--variants a,b] [--defects]
 * For every variant: the catalog plus N generated cases per seed, counting failures (false
 * positives: every variant is a legitimate server). With --defects: for every lenient-implementation
 * defect, whether the catalog and generation (alone) fail the server, and on which cases.
 */
import { createCatalog } from '../../conformance/conformance-catalog.js';
import { lenientMistakes } from '../../conformance/lenient-mistakes.js';
import { runConformance } from '../../conformance/run-conformance.js';
import type { ConformanceReport } from '../../conformance/conformance-report.js';
import { referenceVariants, startReferenceServer, type ReferenceVariant } from './start-reference-server.js';

/** The credentials the reference server is started with. */
export const referenceCredentials = { username: 'reference-user', secret: 'reference-secret-3f9c2a7e51b84d06' };
/** The allow-list of the host-allow-list variant. */
export const allowedHost = 'https://shop.example.com';

/** One conformance run against a fresh reference server. */
export async function runAgainstReference(
  server: { variants?: readonly ReferenceVariant[]; defects?: readonly string[] },
  run: { seed?: number; cases?: number; catalog?: boolean; hostUris?: readonly string[] },
): Promise<ConformanceReport> {
  const started = await startReferenceServer({ credentials: referenceCredentials, hostUris: [allowedHost], ...server });
  try {
    return await runConformance({
      baseUrl: started.baseUrl,
      credentials: referenceCredentials,
      requestsPerSecond: Infinity,
      // Generation alone: one catalog case, since a run needs one.
      ...(run.catalog === false ? { catalog: createCatalog().filter((c) => c.id === 'minimal-body') } : {}),
      ...(run.hostUris ? { hostUris: run.hostUris } : {}),
      // The whole run's bound (five minutes against a server by default) is lifted: a sweep measures, it does not time out.
      timeLimitMs: 30 * 60_000,
      ...(run.cases ? { generation: { cases: run.cases, seed: run.seed ?? 1, timeLimitMs: 30 * 60_000 } } : {}),
    });
  } finally {
    await started.close();
  }
}

/** Ids of the failed cases of a report. */
export function failedIds(report: ConformanceReport): string[] {
  return report.cases.filter((c) => c.outcome === 'fail').map((c) => c.id);
}

async function main(argv: readonly string[]): Promise<number> {
  const option = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 ? undefined : argv[at + 1];
  };
  const [first, last] = (option('seeds') ?? '1-20').split('-').map(Number) as [number, number?];
  const cases = Number(option('cases') ?? 1000);
  const variants = (option('variants')?.split(',') ?? ['', ...referenceVariants]) as (ReferenceVariant | '')[];
  let falsePositives = 0;
  if (!argv.includes('--defects')) {
    for (const variant of variants) {
      let failures = 0;
      let warnings = 0;
      const started = performance.now();
      for (let seed = first; seed <= (last ?? first); seed++) {
        const report = await runAgainstReference({ variants: variant ? [variant] : [] }, { seed, cases });
        failures += report.totals.fail;
        warnings += report.totals.warning;
        for (const c of report.cases.filter((r) => r.outcome === 'fail'))
          console.log(`  seed ${seed} ${c.id}: ${(c.failures[0]?.message ?? '').slice(0, 300)} ${c.note ?? ''}`);
      }
      falsePositives += failures;
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `${variant || 'default'}: ${failures} failures (false positives), ${warnings} warning cases, seeds ${first}-${last ?? first} x ${cases} cases, ${seconds.toFixed(1)} s`,
      );
    }
    return falsePositives === 0 ? 0 : 1;
  }
  let missed = 0;
  for (const defect of [...new Set(lenientMistakes.map((m) => m.defect))]) {
    const expected = lenientMistakes.filter((m) => m.defect === defect).map((m) => m.caseId);
    const catalog = failedIds(await runAgainstReference({ defects: [defect] }, {}));
    const generated = failedIds(
      await runAgainstReference({ defects: [defect] }, { catalog: false, cases, seed: first }),
    );
    const caught = expected.every((id) => catalog.includes(id));
    if (!caught) missed++;
    console.log(
      `${defect}: catalog ${caught ? 'catches' : 'MISSES'} it (${catalog.join(', ') || 'no failure'}); generation (${cases} cases, seed ${first}): ${generated.join(', ') || 'no failure'}`,
    );
  }
  return missed === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  process.exitCode = await main(process.argv.slice(2));
}
