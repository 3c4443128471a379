/**
 * The #27 matrix for certify: each hostile client command (hostile-commands.ts) certified in a
 * fresh process, with its outcome, certify's exit code, wall time and peak memory (maxRSS).
 *
 *   npx tsx test/certify-clients/hostile-matrix.ts [TIME_LIMIT_MS]   (5000 by default; certify's own default is 30000)
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { certifyCommand } from '../../conformance/index.js';
import { hostileCommands } from './hostile-commands.js';

const [, , first, second] = process.argv;
if (first === '--one') {
  const { command, args } = hostileCommands[Number(second)]!;
  const started = performance.now();
  const report = await certifyCommand(
    command,
    args.map((arg) => arg.replace('PIDFILE', '/dev/null')),
    {
      scenarios: ['success'],
      timeLimitMs: Number(process.argv[4]),
    },
  );
  const [scenario] = report.scenarios;
  const failed = scenario!.checks.filter((c) => !c.passed).map((c) => c.check);
  console.log(
    JSON.stringify({
      ending: scenario!.outcome.ending,
      exitCode: report.exitCode,
      ms: Math.round(performance.now() - started),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      failed: failed.join(' '),
      refused: scenario!.refusals.map((r) => r.bound).join(' '),
    }),
  );
} else {
  const timeLimitMs = first ?? '5000';
  const self = fileURLToPath(import.meta.url);
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
  console.log(`time limit ${timeLimitMs} ms per scenario, scenario "success"\n`);
  console.log('| hostile command | ended | certify exit | time | peak RSS | failed checks (refused bound) |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [i, { mode }] of hostileCommands.entries()) {
    const row = JSON.parse(execFileSync(tsx, [self, '--one', String(i), timeLimitMs], { encoding: 'utf8' }));
    const refused = row.refused ? ` (${row.refused})` : '';
    console.log(
      `| ${mode} | ${row.ending} | ${row.exitCode} | ${row.ms} ms | ${row.maxRssMb} MB | ${row.failed}${refused} |`,
    );
  }
}
