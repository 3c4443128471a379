/**
 * INGO_SECRET=x (the README's old Prism recipe) turned every "x" of the console, JUnit and JSON
 * reports into [REDACTED]. A secret that short is now left alone by redaction (the CLI refuses it);
 * a real-length one is still removed from every report.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startMock, type RunningMock } from '../src/mock/start-mock.js';
import { formatJsonReport } from './format-json-report.js';
import { formatJunit } from './format-junit.js';
import { formatSummary } from './format-summary.js';
import { runConformance } from './run-conformance.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({
    credentials: [
      { username: 'short', secret: 'x' },
      { username: 'long', secret: 'a-real-length-secret-4f9c2e' },
    ],
  });
});
afterAll(() => mock.close());

const reports = async (credentials: { username: string; secret: string }) => {
  const report = await runConformance({ baseUrl: mock.url, credentials, tags: ['positive', 'signature'] });
  return { report, texts: [formatSummary(report), formatJunit(report), formatJsonReport(report)] };
};

test('a one-character secret does not garble the reports', async () => {
  const { report, texts } = await reports({ username: 'short', secret: 'x' });
  expect(report.passed).toBe(true);
  for (const text of texts) expect(text).not.toMatch(/\[REDACTED\]-date|e\[REDACTED\]pect/i);
  expect(texts[2]).toMatch(/"x-date"/i);
});

test('a real-length secret appears in no report', async () => {
  const { report, texts } = await reports({ username: 'long', secret: 'a-real-length-secret-4f9c2e' });
  expect(report.passed).toBe(true);
  for (const text of texts) expect(text).not.toContain('a-real-length-secret-4f9c2e');
});
