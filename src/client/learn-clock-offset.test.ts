import { expect, test } from 'vitest';
import { formatHttpDate } from '../signing/http-date.js';
import { envelopeCodes } from './envelope-codes.js';
import { learnClockOffset } from './learn-clock-offset.js';

const local = Date.parse('2026-04-01T20:18:47Z');
const tenMinutesAhead = formatHttpDate(new Date(local + 600_000));
const headers = (date?: string) => new Headers(date ? { date } : {});

test('learns server time minus local time from a stale-date rejection with a Date header', () => {
  expect(learnClockOffset({ httpStatus: 401, envelopeStatus: envelopeCodes.staleDate, headers: headers(tenMinutesAhead) }, local)).toBe(600_000);
  expect(learnClockOffset({ httpStatus: 200, envelopeStatus: envelopeCodes.staleDate, headers: headers(tenMinutesAhead) }, local)).toBe(600_000);
});

test('learns nothing from other rejections, or without a readable Date', () => {
  expect(learnClockOffset({ httpStatus: 401, envelopeStatus: envelopeCodes.badSignature, headers: headers(tenMinutesAhead) }, local)).toBeUndefined();
  expect(learnClockOffset({ httpStatus: 400, envelopeStatus: envelopeCodes.staleDate, headers: headers(tenMinutesAhead) }, local)).toBeUndefined();
  expect(learnClockOffset({ httpStatus: 401, envelopeStatus: envelopeCodes.staleDate, headers: headers() }, local)).toBeUndefined();
  expect(learnClockOffset({ httpStatus: 401, envelopeStatus: envelopeCodes.staleDate, headers: headers('yesterday') }, local)).toBeUndefined();
  expect(learnClockOffset({ httpStatus: 401, envelopeStatus: undefined, headers: headers(tenMinutesAhead) }, local)).toBeUndefined();
});

test('the codes come from the spec', () => {
  expect(envelopeCodes).toMatchObject({ success: [100, 101], badSignature: 401, staleDate: 402, idempotencyConflict: 13723, rateLimited: 429 });
});
