import { describe, expect, test } from 'vitest';
import { certifyClient, certifyCommand, formatCertifySummary, type CertifyReport } from '../../conformance/index.js';
import { createSessionClient, type CreateSessionBody } from '../../src/index.js';
import { javac, python3, requireInTest } from '../../test-support/system-requirements.js';
import { javaExample, pythonExample, typescriptExample } from './example-commands.js';
import { readFile } from 'node:fs/promises';

/** Every scenario, --strict: the reference clients are certified with no check failing, even a warning. */
function expectCertified(report: CertifyReport): void {
  const failed = report.scenarios.flatMap((s) =>
    s.checks.filter((c) => !c.passed).map((c) => `${s.scenario}: ${c.check}`),
  );
  expect(failed, formatCertifySummary(report)).toEqual([]);
  expect(report.scenarios).toHaveLength(13);
  expect(report.exitCode).toBe(0);
}

// Each run takes 15-25 s (the stalled answer alone waits out a 5 s client timeout).
describe.concurrent('reference clients pass every scenario under --strict', { timeout: 120_000 }, () => {
  test('our createSessionClient, through examples/typescript/certify-client.ts', async () => {
    const { command, args } = await typescriptExample();
    expectCertified(await certifyCommand(command, args, { strict: true }));
  });

  test('Python (standard library), examples/python/certify_client.py', async ({ skip }) => {
    // Without python3 (or a JDK, below): skipped with one line, a failure under INGO_REQUIRE_SERVICES=1 (CI).
    requireInTest({ skip }, python3());
    const { command, args } = pythonExample();
    expectCertified(await certifyCommand(command, args, { strict: true }));
  });

  test('Java 17 (java.net.http), examples/java/CertifyClient.java compiled with javac', async ({ skip }) => {
    requireInTest({ skip }, javac());
    const { command, args } = javaExample();
    expectCertified(await certifyCommand(command, args, { strict: true }));
  });

  test('certifyClient certifies a wrapper in process', async () => {
    const report = await certifyClient(
      async ({ INGO_BASE_URL, INGO_USERNAME, INGO_SECRET, INGO_BODY_FILE, signal }) => {
        const ingo = createSessionClient({
          username: INGO_USERNAME,
          secret: INGO_SECRET,
          baseUrl: INGO_BASE_URL,
          timeoutMs: 2_000,
          // Ceilings above the client's 200 ms pacing, as in examples/typescript/certify-client.ts.
          retries: { retries: 6, baseDelayMs: 400, maxDelayMs: 2_000 },
        });
        const body = JSON.parse(await readFile(INGO_BODY_FILE, 'utf8')) as CreateSessionBody;
        const result = await ingo.createSession(body, { signal });
        return result.data ? { success: true, answer: result.data } : { success: false, answer: result.error.status };
      },
      { strict: true, stallLimitMs: 5_000 },
    );
    expectCertified(report);
  });
});
