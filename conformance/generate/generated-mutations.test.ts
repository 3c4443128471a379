import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createMockHandler } from '../../src/mock/create-mock-handler.js';
import type { ConformanceReport } from '../conformance-report.js';
import { runConformance } from '../run-conformance.js';
import type { FetchLike } from '../send-case-request.js';
import { localeCodes } from '../spec-facts.js';
import {
  withoutDigestCheck,
  withReplayCreatingNewSession,
  withServerErrorOnMalformedJson,
  withStaleDatesAccepted,
  withTimeAsString,
} from '../test-helpers/broken-mocks.js';
import {
  withCaseInsensitiveLocale,
  withConcurrentDuplicateRace,
  withConflictCheckOnIdsOnly,
  withDigestOfReserialisedJson,
  withLengthInUtf16Units,
  withLengthInUtf8Bytes,
  withMissingSignedHeaderAsEmpty,
  withSkewGrace,
  withTruncatedSignatureAccepted,
} from '../test-helpers/subtle-broken-mocks.js';
import { withOnlyAssumptionsDiffering } from '../test-helpers/assumption-only-mock.js';

// Every broken server runs in-process: the real mock handler, wrapped to break one rule.
const fixedNow = Date.parse('2026-04-01T20:18:47Z');
const now = () => fixedNow;
const credentials = { username: 'mutant', secret: 'mutation-test-secret-0123456789' };
const SEED = 20261201;
const CASES = 300;

async function run(
  wrap: (handler: FetchLike) => FetchLike,
  options: { cases?: number; strictAssumptions?: boolean } = {},
): Promise<ConformanceReport> {
  const handler = createMockHandler({ credentials, now });
  return runConformance({
    baseUrl: 'http://mock.invalid',
    credentials,
    fetch: wrap(handler),
    now,
    requestsPerSecond: Infinity,
    generation: { seed: SEED, cases: options.cases ?? CASES },
    ...(options.strictAssumptions ? { strictAssumptions: true } : {}),
  });
}

const failing = (report: ConformanceReport, generated: boolean) =>
  report.cases.filter((c) => c.outcome === 'fail' && c.id.startsWith('generated/') === generated).map((c) => c.id);

/** Broken servers: [name, wrapper, whether the catalog already catches it, the generated property expected to catch it]. */
// The fifth element: generated cases for a mutant that one property catches only with more draws.
const mutants: [string, (handler: FetchLike) => FetchLike, boolean, string, number?][] = [
  ['time as a string', withTimeAsString, true, 'generated/valid-body'],
  [
    'a 101 creating a new session',
    (h) => withReplayCreatingNewSession(h, randomUUID),
    true,
    'generated/idempotency-sequence',
  ],
  ['500 on malformed JSON', withServerErrorOnMalformedJson, true, 'generated/not-json'],
  ['no digest check', (h) => withoutDigestCheck(h, credentials, now), true, 'generated/signed-header/content-sha512'],
  ['stale dates accepted', (h) => withStaleDatesAccepted(h, credentials, now), true, 'generated/clock-skew'],
  ['maxLength in UTF-8 bytes', (h) => withLengthInUtf8Bytes(h, credentials, now), false, 'generated/valid-body'],
  ['maxLength in UTF-16 units', (h) => withLengthInUtf16Units(h, credentials, now), false, 'generated/valid-body'],
  [
    'digest over re-serialised JSON',
    (h) => withDigestOfReserialisedJson(h, credentials, now),
    true, // caught by the catalog too since the lenient-mistake cases (lenient-mistakes.ts)

    'generated/valid-body',
  ],
  [
    'locale matched case-insensitively',
    (h) => withCaseInsensitiveLocale(h, credentials, now, localeCodes),
    true, // caught by the catalog too since the lenient-mistake cases (lenient-mistakes.ts)

    'generated/invalid-body//language_locale_code:enum',
    1000,
  ],
  [
    'key conflict checked on the ids only',
    (h) => withConflictCheckOnIdsOnly(h, credentials, now),
    false,
    'generated/idempotency-sequence',
  ],
  ['concurrent duplicates race', withConcurrentDuplicateRace, false, 'generated/idempotency-sequence'],
  [
    'truncated signature accepted',
    (h) => withTruncatedSignatureAccepted(h, credentials),
    true, // caught by the catalog too since the lenient-mistake cases (lenient-mistakes.ts)

    'generated/authorization/signature',
    1000,
  ],
  ['unsent signed header read as empty', withMissingSignedHeaderAsEmpty, false, 'generated/authorization/headers'],
  ['330 s of clock skew', (h) => withSkewGrace(h, credentials, now), false, 'generated/clock-skew'],
];

describe('generation kills every broken server, each failure shrunk to a minimal case', () => {
  test.each(mutants)('%s', async (_name, wrap, caughtByCatalog, property, cases) => {
    const report = await run(wrap, cases === undefined ? {} : { cases });
    expect(failing(report, false).length > 0).toBe(caughtByCatalog);
    expect(failing(report, true)).toContain(property);
    const result = report.cases.find((c) => c.id === property)!;
    const info = result.generated!;
    expect(info.seed).toBe(SEED);
    expect(info.replay).toMatch(/^.+@\d+(:\d+)*$/);
    expect(info.rerun).toBe(
      `ingo-session conformance --base-url http://mock.invalid --seed ${SEED} --replay ${quoteIfNeeded(info.replay!)}`,
    );
    // Minimal: a sequence of at most three commands, or a body of few members (the required two and at most a few more).
    const size = info.example!.size;
    if (property.endsWith('idempotency-sequence'))
      expect(Number(/^(\d+) command/.exec(size)![1])).toBeLessThanOrEqual(3);
    else expect(Number(/^(\d+) member/.exec(size)![1])).toBeLessThanOrEqual(4);
  });
});

describe('servers that differ from the spec only in Assumptions', () => {
  test('pass with warnings, each shrunk and naming its spec row; --strict-assumptions makes them failures', async () => {
    const lenient = (h: FetchLike) => withOnlyAssumptionsDiffering(h, credentials, now);
    const report = await run(lenient);
    expect(report.cases.filter((c) => c.outcome === 'fail').map((c) => [c.id, c.failures[0]?.message])).toEqual([]);
    expect(report.passed).toBe(true);
    const warned = report.cases
      .filter((c) => c.outcome === 'warning' && c.id.startsWith('generated/'))
      .map((c) => c.id);
    expect(warned).toEqual(
      expect.arrayContaining([
        'generated/invalid-body/:additionalProperties',
        'generated/invalid-body//participant_unique_id1:minLength',
        'generated/invalid-body//recipient_information/first_name:type',
        'generated/idempotency-sequence',
      ]),
    );
    const sequence = report.cases.find((c) => c.id === 'generated/idempotency-sequence')!;
    expect(sequence.warnings[0]!.message).toMatch(/expected the replay/);
    expect(sequence.generated!.assumption).toMatch(
      /x-ingo-signing\/idempotency (bodyComparison|inFlightDuplicate) \(assumption\)/,
    );

    const strict = await run(lenient, { strictAssumptions: true });
    expect(strict.passed).toBe(false);
    expect(failing(strict, true)).toEqual(
      expect.arrayContaining(['generated/invalid-body/:additionalProperties', 'generated/idempotency-sequence']),
    );
  });
});

function quoteIfNeeded(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
