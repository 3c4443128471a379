import { expect, test } from 'vitest';
import { formatHttpDate } from '../signing/http-date.js';
import { envelopeCodes } from './envelope-codes.js';
import { learnClockOffset } from './learn-clock-offset.js';

const local = Date.parse('2026-04-01T20:18:47Z');
const tenMinutesAhead = formatHttpDate(new Date(local + 600_000));
const headers = (date?: string) => new Headers(date ? { date } : {});
const BOUND = 14 * 3_600_000;

test("learns server time minus local time from the spec's stale-date rejection (HTTP 401, envelope 402) with a Date header", () => {
  expect(
    learnClockOffset(
      { httpStatus: 401, envelopeStatus: envelopeCodes.staleDate, headers: headers(tenMinutesAhead) },
      local,
      BOUND,
    ),
  ).toEqual({ kind: 'offset', offsetMs: 600_000 });
  // HTTP 200 with envelope 402 is not the documented answer: its Date teaches nothing.
  expect(
    learnClockOffset(
      { httpStatus: 200, envelopeStatus: envelopeCodes.staleDate, headers: headers(tenMinutesAhead) },
      local,
      BOUND,
    ),
  ).toBeUndefined();
});

test.each([
  ['Fri, 31 Dec 9999 23:59:59 GMT', /implausible: \d{8}(\.\d)? h from the local clock, beyond the ±14 h bound/],
  ['Thu, 01 Jan 2099 00:00:00 GMT', /implausible/],
  ['Thu, 01 Jan 1970 00:00:00 GMT', /implausible/],
])('a Date beyond the bound (%s) is reported as implausible, not learned', (date, reason) => {
  const learned = learnClockOffset(
    { httpStatus: 401, envelopeStatus: envelopeCodes.staleDate, headers: headers(date) },
    local,
    BOUND,
  );
  expect(learned?.kind).toBe('implausible');
  expect(learned?.kind === 'implausible' && learned.reason).toMatch(reason);
});

test('the bound is inclusive and configurable', () => {
  const at = (offsetMs: number, bound: number) =>
    learnClockOffset(
      {
        httpStatus: 401,
        envelopeStatus: envelopeCodes.staleDate,
        headers: headers(formatHttpDate(new Date(local + offsetMs))),
      },
      local,
      bound,
    )?.kind;
  expect(at(BOUND, BOUND)).toBe('offset');
  expect(at(-BOUND, BOUND)).toBe('offset');
  expect(at(BOUND + 1000, BOUND)).toBe('implausible');
  expect(at(600_000, 60_000)).toBe('implausible');
});

test('learns nothing from other rejections, or without a readable Date', () => {
  expect(
    learnClockOffset(
      { httpStatus: 401, envelopeStatus: envelopeCodes.badSignature, headers: headers(tenMinutesAhead) },
      local,
      BOUND,
    ),
  ).toBeUndefined();
  expect(
    learnClockOffset(
      { httpStatus: 400, envelopeStatus: envelopeCodes.staleDate, headers: headers(tenMinutesAhead) },
      local,
      BOUND,
    ),
  ).toBeUndefined();
  expect(
    learnClockOffset({ httpStatus: 401, envelopeStatus: envelopeCodes.staleDate, headers: headers() }, local, BOUND),
  ).toBeUndefined();
  expect(
    learnClockOffset(
      { httpStatus: 401, envelopeStatus: envelopeCodes.staleDate, headers: headers('yesterday') },
      local,
      BOUND,
    ),
  ).toBeUndefined();
  expect(
    learnClockOffset({ httpStatus: 401, envelopeStatus: undefined, headers: headers(tenMinutesAhead) }, local, BOUND),
  ).toBeUndefined();
});

test('the codes come from the spec', () => {
  expect(envelopeCodes).toMatchObject({
    success: [100, 101],
    badSignature: 401,
    staleDate: 402,
    idempotencyConflict: 13723,
    rateLimited: 429,
  });
});
