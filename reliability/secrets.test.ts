import { beforeAll, describe, expect, test } from 'vitest';
import { reliabilitySizes } from './reliability-sizes.js';
import { runChaos } from './run-chaos.js';
import { runSecretsScan, type SecretsReport } from './run-secrets-scan.js';

// The secrets check at CI size: the client, CLI and mock scenarios in full, plus a small
// chaos run's errors, logs and signatures.
describe('secrets: nothing printed or thrown carries the secret or a signature', () => {
  // One scan, made before the tests, so each test reads it whatever order they run in.
  let report: SecretsReport;
  beforeAll(async () => {
    const chaos = await runChaos({ ...reliabilitySizes.ci.chaos, calls: 60 });
    report = await runSecretsScan({ chaos: chaos.evidence });
  }, 120_000);

  test('zero hits across the client, the CLI and the mock', () => {
    expect(report.hits).toEqual([]);
    expect(report.signaturesKnown).toBeGreaterThan(10);
    expect(report.texts).toBeGreaterThan(100);
  });

  // A server (or proxy) that echoes the bare signature in its client_message, without the
  // `signature="…"` around it that a pattern would catch: the client redacts the signatures it sent.
  test('a server echoing the bare signature does not get it printed', () => {
    expect(report.hits.filter((hit) => hit.source.startsWith('client echoing server signature only'))).toEqual([]);
  });
});
