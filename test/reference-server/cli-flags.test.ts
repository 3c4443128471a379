import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runConformanceCommand } from '../../cli/conformance-command.js';
import { startReferenceServer } from './start-reference-server.js';
import { allowedHost, referenceCredentials } from './sweep.js';
import { runCli } from '../../test-support/run-cli.js';

const directory = mkdtempSync(join(tmpdir(), 'ingo-i23-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const env = { INGO_USERNAME: referenceCredentials.username, INGO_SECRET: referenceCredentials.secret };

async function run(args: string[]) {
  return runCli(runConformanceCommand, [...args, '--rate', '1000'], { env, cwd: directory, isTTY: false });
}

test(
  '--write-baseline records the findings once; --baseline then passes and reports them apart',
  { timeout: 60_000 },
  async () => {
    const server = await startReferenceServer({ credentials: referenceCredentials, defects: ['any-content-type'] });
    try {
      const args = ['--base-url', server.baseUrl, '--tags', 'validation'];
      expect((await run(args)).code).toBe(1);
      const written = await run([...args, '--baseline', 'ci/baseline.json', '--write-baseline']);
      expect(written.code).toBe(0);
      expect(written.stderr).toMatch(/wrote the baseline \(1 findings\) to .*ci\/baseline\.json/);
      const baseline = JSON.parse(readFileSync(join(directory, 'ci/baseline.json'), 'utf8'));
      expect(baseline.findings).toEqual([
        expect.objectContaining({ caseId: 'wrong-content-type', severity: 'failure' }),
      ]);

      const again = await run([
        ...args,
        '--baseline',
        'ci/baseline.json',
        '--json',
        'report.json',
        '--junit',
        'junit.xml',
      ]);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain(
        'Baselined (recorded in the baseline, not failing the run): 1 of 1 recorded findings seen; 0 new',
      );
      const report = JSON.parse(readFileSync(join(directory, 'report.json'), 'utf8'));
      expect(report.baseline).toEqual({ recorded: 1, baselined: 1, new: 0 });
      expect(report.cases.find((c: { id: string }) => c.id === 'wrong-content-type').baselined).toHaveLength(1);
      expect(readFileSync(join(directory, 'junit.xml'), 'utf8')).toContain('BASELINED failure [expectation]');
    } finally {
      await server.close();
    }
  },
);

test(
  '--host-uri (repeatable) names accepted host_uri values; a value that is not a URI is a usage error',
  { timeout: 60_000 },
  async () => {
    const server = await startReferenceServer({
      credentials: referenceCredentials,
      variants: ['host-allow-list'],
      hostUris: [allowedHost],
    });
    try {
      const ok = await run([
        '--base-url',
        server.baseUrl,
        '--tags',
        'positive',
        '--host-uri',
        allowedHost,
        '--host-uri',
        'https://b.example',
      ]);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/PASSED/);
      const bad = await run(['--base-url', server.baseUrl, '--host-uri', 'shop.example.com']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--host-uri "shop.example.com" is not a URI with a scheme and a host');
    } finally {
      await server.close();
    }
  },
);
