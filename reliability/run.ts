/**
 * `npm run reliability`: the full-size reliability checks (chaos with 2,000 calls, 10 s of load,
 * thousands of hostile inputs, the hostile-server matrix of the client and CLI, a flood of 6,000
 * maximum-size hostile bodies at the mock, the secrets scan), printed as one table with a final verdict line,
 * and written to reliability/results.json. Exits 1 when any invariant fails.
 * `npx tsx reliability/run.ts chaos fuzz` runs only the named checks.
 */
import { writeFile } from 'node:fs/promises';
import { formatReliabilityTable, formatVerdict } from './format-reliability-table.js';
import { reliabilitySizes } from './reliability-sizes.js';
import {
  chaosRows,
  fuzzRows,
  hostileClientRows,
  loadRows,
  mockFloodRows,
  secretsRows,
  type ReliabilityRow,
} from './reliability-rows.js';
import { runChaos, type ChaosReport } from './run-chaos.js';
import { runHostileClient } from './run-hostile-client.js';
import { runHttpFuzz } from './run-http-fuzz.js';
import { runLoad, type LoadReport } from './run-load.js';
import { runMockFlood } from './run-mock-flood.js';
import { runSecretsScan } from './run-secrets-scan.js';
import { runSigningFuzz } from './run-signing-fuzz.js';
import { redisLimiterRows } from './redis-rows.js';
import { redisSizes } from './redis-sizes.js';
import { runRedisLimiter } from './run-redis-limiter.js';

const size = reliabilitySizes.full;
const only = process.argv.slice(2);
const sections: { check: string; rows: ReliabilityRow[] }[] = [];
const failures: string[] = [];
const results: Record<string, unknown> = {};
let chaos: ChaosReport | undefined;
let load: LoadReport | undefined;

const checks: Record<string, () => Promise<{ rows: ReliabilityRow[]; failures: string[]; figures: unknown }>> = {
  chaos: async () => {
    chaos = await runChaos(size.chaos);
    const { evidence: _evidence, problems: _problems, failures: found, ...figures } = chaos;
    return { rows: chaosRows(chaos, size.chaos.faults.latencyMs), failures: found, figures };
  },
  load: async () => {
    load = await runLoad(size.load);
    const { childOutput: _output, failures: found, ...figures } = load;
    return {
      rows: loadRows(load, size.load.durationSeconds, size.load.maxKeys),
      failures: found,
      figures,
    };
  },
  fuzz: async () => {
    const http = await runHttpFuzz(size.httpFuzz);
    const signing = await runSigningFuzz(size.signingFuzz);
    return {
      rows: fuzzRows(http, signing),
      failures: [...http.failures, ...signing.failures],
      figures: { http: { ...http, failures: undefined }, signing: { ...signing, failures: undefined } },
    };
  },
  hostile: async () => {
    const report = await runHostileClient(size.hostileClient);
    return {
      rows: hostileClientRows(report, size.hostileClient.maxCliRssMb),
      failures: report.failures,
      figures: {
        rows: report.rows.map(({ cli, ...row }) => ({ ...row, ...(cli && { cli: { ...cli, stderr: undefined } }) })),
      },
    };
  },
  flood: async () => {
    const lifted = await runMockFlood({ ...size.mockFlood, liftLimits: true });
    const refused = await runMockFlood({ ...size.mockFlood, liftLimits: false });
    return {
      rows: [...mockFloodRows(lifted, size.mockFlood.maxRssMb), ...mockFloodRows(refused, size.mockFlood.maxRssMb)],
      failures: [...lifted.failures, ...refused.failures],
      figures: { lifted, refused },
    };
  },
  secrets: async () => {
    const report = await runSecretsScan({
      chaos: chaos?.evidence,
      texts: load ? [{ source: 'load: mock process output', text: load.childOutput }] : [],
    });
    const { hits: _hits, failures: found, ...figures } = report;
    return { rows: secretsRows(report), failures: found, figures: { ...figures, hits: report.hits.length } };
  },
  // Several processes as one account (ingo-session/redis's rate limiter): it starts its own redis-server.
  'redis-limiter': async () => {
    const report = await runRedisLimiter(redisSizes.full.limiter);
    const { failures: found, ...figures } = report;
    return { rows: redisLimiterRows(report, redisSizes.full.limiter), failures: found, figures };
  },
};

for (const [check, run] of Object.entries(checks)) {
  if (only.length > 0 && !only.includes(check)) continue;
  process.stderr.write(`reliability: ${check}…\n`);
  const started = performance.now();
  try {
    const outcome = await run();
    sections.push({ check, rows: outcome.rows });
    failures.push(...outcome.failures);
    results[check] = { ...(outcome.figures as object), seconds: Math.round(performance.now() - started) / 1000 };
  } catch (error) {
    failures.push(`${check}: crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

console.log(formatReliabilityTable(sections));
if (failures.length > 0) console.log(`\n${failures.map((failure) => `FAILED ${failure}`).join('\n')}`);
const verdict = formatVerdict(sections.length, failures);
const file = new URL('./results.json', import.meta.url);
await writeFile(
  file,
  `${JSON.stringify({ verdict: failures.length === 0 ? 'pass' : 'fail', failures, ...results, measured_at: new Date().toISOString(), node: process.version }, null, 2)}\n`,
);
console.log(`\nwrote reliability/results.json\n${verdict}`);
process.exitCode = failures.length === 0 ? 0 : 1;
