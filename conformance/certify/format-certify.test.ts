import { expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createSessionClient } from '../../src/index.js';
import { certifyClient, type CertifyEnv } from './certify-client.js';
import { formatCertifyJson, formatCertifyJunit, formatCertifySummary } from './format-certify.js';

// Our own client with retries off: safe, not reliable (a RECOMMENDED failure only).
const neverRetries = async ({ INGO_BASE_URL, INGO_USERNAME, INGO_SECRET, INGO_BODY_FILE }: CertifyEnv) => {
  const ingo = createSessionClient({
    username: INGO_USERNAME,
    secret: INGO_SECRET,
    baseUrl: INGO_BASE_URL,
    retries: 0,
  });
  const result = await ingo.createSession(JSON.parse(await readFile(INGO_BODY_FILE, 'utf8')));
  return { success: result.data !== undefined, answer: result.data ?? { status: result.error?.status } };
};

test('a RECOMMENDED failure is a warning without --strict: JUnit <skipped>, summary WARN, exit 0', async () => {
  const report = await certifyClient(neverRetries, { scenarios: ['transient-503'] });
  expect(report.exitCode).toBe(0);
  expect(report.checks.find((c) => c.check === 'retries-transient')).toMatchObject({
    verdict: 'warn',
    failedIn: ['transient-503'],
  });
  expect(formatCertifySummary(report)).toMatch(/retries-transient +RECOMMENDED +WARN +failed in transient-503/);
  const junit = formatCertifyJunit(report);
  expect(junit).toMatch(/<testcase classname="certify.transient-503" name="RECOMMENDED retries-transient">\s*<skipped/);
  expect(junit).not.toMatch(/<failure/);
});

test('under --strict the same failure is a JUnit <failure> naming the attempt, and exit 1', async () => {
  const report = await certifyClient(neverRetries, { scenarios: ['transient-503'], strict: true });
  expect(report.exitCode).toBe(1);
  expect(formatCertifyJunit(report)).toMatch(
    /<failure message="RECOMMENDED: [^"]+">RECOMMENDED retries-transient in transient-503, attempt 1: expected a retry/,
  );
  expect(formatCertifySummary(report)).toMatch(/NOT CERTIFIED: 1 check\(s\) failed/);
});

test('an in-process run still going at the time limit is abandoned, its signal aborted: exits-in-time fails', async () => {
  let aborted = false;
  const report = await certifyClient(
    ({ signal }) =>
      new Promise(() => {
        signal.addEventListener('abort', () => (aborted = true));
      }),
    { scenarios: ['success'], timeLimitMs: 200 },
  );
  expect(aborted).toBe(true);
  expect(report.scenarios[0]!.outcome.ending).toBe('time-limit');
  expect(report.checks.find((c) => c.check === 'exits-in-time')!.verdict).toBe('fail');
  expect(report.exitCode).toBe(1);
});

test('an unknown scenario is a RangeError naming the known ones', async () => {
  await expect(certifyClient(neverRetries, { scenarios: ['nope'] })).rejects.toThrow(
    /unknown scenario "nope": use one of success, /,
  );
});

test('the JSON report shows each attempt with its headers, the signature masked and the secret nowhere', async () => {
  let secret = '';
  const report = await certifyClient(
    async (env) => {
      secret = env.INGO_SECRET;
      return neverRetries(env);
    },
    { scenarios: ['success'] },
  );
  const json = formatCertifyJson(report);
  const [attempt] = report.scenarios[0]!.attempts;
  expect(attempt!.headers.find((h) => h.name.toLowerCase() === 'authorization')!.value).toMatch(/signature="…"$/);
  expect(attempt!.headers.some((h) => h.name.toLowerCase() === 'x-date')).toBe(true);
  expect(secret.length).toBeGreaterThan(16);
  expect(json).not.toContain(secret);
});
