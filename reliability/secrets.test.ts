import { describe, expect, test } from 'vitest';
import { reliabilitySizes } from './reliability-sizes.js';
import { runChaos } from './run-chaos.js';
import { runSecretsScan, type SecretsReport } from './run-secrets-scan.js';

// The secrets check at CI size: the client, CLI and mock scenarios in full, plus a small
// chaos run's errors, logs and signatures.
describe('secrets: nothing printed or thrown carries the secret or a signature', () => {
  let report: SecretsReport;

  test('zero hits across the client, the CLI and the mock', async () => {
    const chaos = await runChaos({ ...reliabilitySizes.ci.chaos, calls: 60 });
    report = await runSecretsScan({ chaos: chaos.evidence });
    expect(report.hits.filter((hit) => !hit.source.startsWith('client echoing server signature only'))).toEqual([]);
    expect(report.signaturesKnown).toBeGreaterThan(10);
    expect(report.texts).toBeGreaterThan(100);
  });

  // KNOWN BUG, expected to fail until fixed: a server (or proxy) that echoes the bare signature in
  // its client_message gets it printed in the ApiError message, because redactSecrets only knows
  // `signature="…"` and the secret (src/client/to-api-error.ts builds the message from
  // client_message; src/errors/ingo-session-error.ts redactSecrets). The client knows the
  // signature it sent and should redact it too.
  test('a server echoing the bare signature does not get it printed', () => {
    expect(report.hits.filter((hit) => hit.source.startsWith('client echoing server signature only'))).toEqual([]);
  });
});
