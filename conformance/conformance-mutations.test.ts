import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createMockHandler } from '../src/mock/create-mock-handler.js';
import { createCatalog } from './conformance-catalog.js';
import { caseSteps } from './conformance-case.js';
import { runConformance } from './run-conformance.js';
import type { FetchLike } from './send-case-request.js';
import {
  withoutDigestCheck,
  withReplayCreatingNewSession,
  withServerErrorOnMalformedJson,
  withStaleDatesAccepted,
  withTimeAsString,
} from './test-helpers/broken-mocks.js';

// The suite runs in-process against the real mock handler, wrapped to break one rule at a time.
const fixedNow = Date.parse('2026-04-01T20:18:47Z');
const now = () => fixedNow;
const credentials = { username: 'mutant', secret: 'mutation-test-secret-0123456789' };

async function failingCases(wrap: (handler: FetchLike) => FetchLike) {
  const handler = createMockHandler({ credentials, now });
  const report = await runConformance({ baseUrl: 'http://mock.invalid', credentials, fetch: wrap(handler), now });
  const failed = report.cases.filter((c) => c.outcome === 'fail');
  return {
    report,
    ids: failed.map((c) => c.id).sort(),
    checks: Object.fromEntries(failed.map((c) => [c.id, [...new Set(c.failures.map((f) => f.check))].sort()])),
  };
}

const catalog = createCatalog().filter((c) => !c.tags.includes('legacy'));
const expectingSuccess = catalog
  .filter((c) => caseSteps(c).some((step) => step.expect.outcome !== 'rejected'))
  .map((c) => c.id)
  .sort();

describe('the suite catches deliberately broken servers', () => {
  test('control: the unbroken mock handler passes every default case', async () => {
    const { report, ids } = await failingCases((handler) => handler);
    expect(ids).toEqual([]);
    expect(report.totals).toMatchObject({ pass: catalog.length, fail: 0, notEnforced: 0 });
  });

  test('a wrong field type (time as a string) fails exactly the cases that receive a 200, on /time', async () => {
    const { report, ids, checks } = await failingCases(withTimeAsString);
    expect(ids).toEqual(expectingSuccess);
    expect(ids).toEqual(
      expect.arrayContaining([
        'minimal-body',
        'full-body',
        'locale-zh-hans',
        'idempotent-replay',
        'key-reused-with-different-body',
      ]),
    );
    expect(ids).not.toContain('wrong-secret');
    for (const id of ids) expect(checks[id]).toContain('body-schema');
    const failure = report.cases.find((c) => c.id === 'minimal-body')!.failures.find((f) => f.check === 'body-schema')!;
    expect(failure.issues).toEqual([
      { path: '/time', rule: 'type', message: 'must be number', expected: 'number', received: expect.any(String) },
    ]);
    expect(failure.message).toMatch(
      /^the body does not match SessionCreated \(HTTP 200\): \/time must be number, expected "number", received "/,
    );
  });

  test('no digest check fails exactly tampered-body, wrong-content-sha512 and digest-in-hex', async () => {
    const { ids, checks } = await failingCases((handler) => withoutDigestCheck(handler, credentials, now));
    expect(ids).toEqual(['digest-in-hex', 'tampered-body', 'wrong-content-sha512']);
    expect(checks).toEqual({
      'digest-in-hex': ['expectation'],
      'tampered-body': ['expectation'],
      'wrong-content-sha512': ['expectation'],
    });
  });

  test('stale dates accepted fails exactly stale-x-date and future-x-date', async () => {
    const { ids, report } = await failingCases((handler) => withStaleDatesAccepted(handler, credentials, now));
    expect(ids).toEqual(['future-x-date', 'stale-x-date']);
    expect(report.cases.find((c) => c.id === 'stale-x-date')!.failures[0]!.message).toBe(
      'expected a rejection (HTTP 4xx, or HTTP 200 with an error envelope), got HTTP 200, status 100',
    );
  });

  test('a 101 that creates a new session fails exactly idempotent-replay', async () => {
    const { ids, report } = await failingCases((handler) => withReplayCreatingNewSession(handler, randomUUID));
    expect(ids).toEqual(['idempotent-replay']);
    expect(report.cases.find((c) => c.id === 'idempotent-replay')!.failures).toEqual([
      expect.objectContaining({
        check: 'expectation',
        step: 1,
        message: expect.stringMatching(/^expected the same session_identifier as step 0/),
      }),
    ]);
  });

  test('500 on malformed JSON fails exactly the not-JSON cases, on no-5xx and the expectation', async () => {
    const { ids, checks } = await failingCases(withServerErrorOnMalformedJson);
    expect(ids).toEqual(['json-single-quotes', 'json-trailing-comma', 'json-with-nan', 'malformed-json', 'utf16-body']);
    expect(checks['malformed-json']).toEqual(['expectation', 'no-5xx']);
  });
});
