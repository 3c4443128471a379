import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatHttpDate, parseHttpDate } from './http-date.js';

describe('formatHttpDate', () => {
  test('writes an IMF-fixdate in GMT, dropping milliseconds', () => {
    expect(formatHttpDate(new Date(Date.UTC(2020, 0, 17, 19, 59, 29, 999)))).toBe('Fri, 17 Jan 2020 19:59:29 GMT');
    expect(formatHttpDate(new Date(Date.UTC(2026, 3, 1, 20, 18, 47)))).toBe('Wed, 01 Apr 2026 20:18:47 GMT');
  });

  test('pads small years to four digits, and parse reads them back', () => {
    const date = new Date(0);
    date.setUTCFullYear(5, 0, 1);
    expect(formatHttpDate(date)).toBe('Sat, 01 Jan 0005 00:00:00 GMT');
    expect(parseHttpDate('Sat, 01 Jan 0005 00:00:00 GMT')).toBe(date.getTime());
  });

  test('writes what Date#toUTCString writes, and parseHttpDate reads it back, for any second of years 0–9999', () => {
    const anySecond = fc.date({
      min: new Date('0000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(anySecond, (date) => {
        const text = formatHttpDate(date);
        expect(text).toBe(date.toUTCString());
        expect(parseHttpDate(text)).toBe(Math.floor(date.getTime() / 1000) * 1000);
      }),
      { numRuns: 500 },
    );
  });

  test('refuses an invalid Date and years that do not fit in four digits', () => {
    expect(() => formatHttpDate(new Date(Number.NaN))).toThrow(/the date is invalid/);
    expect(() => formatHttpDate(new Date(Date.UTC(10000, 0, 1)))).toThrow(/year 10000 does not fit/);
  });
});

describe('parseHttpDate', () => {
  test('reads an IMF-fixdate as epoch milliseconds', () => {
    expect(parseHttpDate('Fri, 17 Jan 2020 19:59:29 GMT')).toBe(Date.UTC(2020, 0, 17, 19, 59, 29));
    expect(parseHttpDate('Thu, 29 Feb 2024 23:59:59 GMT')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59));
  });

  test('round-trips every second of a sample of dates', () => {
    for (let ms = Date.UTC(1999, 11, 31, 23, 59, 0); ms < Date.UTC(2000, 0, 1, 0, 1, 0); ms += 7_000) {
      expect(parseHttpDate(formatHttpDate(new Date(ms)))).toBe(ms);
    }
  });

  test.each([
    ['RFC 850 form', 'Friday, 17-Jan-20 19:59:29 GMT'],
    ['asctime form', 'Fri Jan 17 19:59:29 2020'],
    ['ISO 8601', '2020-01-17T19:59:29Z'],
    ['31 February', 'Mon, 31 Feb 2020 19:59:29 GMT'],
    ['29 February of a common year', 'Thu, 29 Feb 2023 00:00:00 GMT'],
    ['a wrong weekday (Ingo documentation example)', 'Tue, 01 Apr 2026 20:18:47 GMT'],
    ['a wrong weekday', 'Sat, 17 Jan 2020 19:59:29 GMT'],
    ['UTC instead of GMT', 'Fri, 17 Jan 2020 19:59:29 UTC'],
    ['a numeric zone', 'Fri, 17 Jan 2020 19:59:29 +0000'],
    ['no zone', 'Fri, 17 Jan 2020 19:59:29'],
    ['hour 24', 'Sat, 18 Jan 2020 24:00:00 GMT'],
    ['minute 60', 'Fri, 17 Jan 2020 19:60:00 GMT'],
    ['second 60', 'Fri, 17 Jan 2020 19:59:60 GMT'],
    ['day 00', 'Fri, 00 Jan 2020 19:59:29 GMT'],
    ['a one-digit day', 'Fri, 7 Jan 2020 19:59:29 GMT'],
    ['a two-digit year', 'Fri, 17 Jan 20 19:59:29 GMT'],
    ['a lower-case month', 'Fri, 17 jan 2020 19:59:29 GMT'],
    ['a lower-case weekday', 'fri, 17 Jan 2020 19:59:29 GMT'],
    ['leading space', ' Fri, 17 Jan 2020 19:59:29 GMT'],
    ['trailing space', 'Fri, 17 Jan 2020 19:59:29 GMT '],
    ['two spaces', 'Fri,  17 Jan 2020 19:59:29 GMT'],
    ['a lower-case zone', 'Fri, 17 Jan 2020 19:59:29 gmt'],
    ['a letter among the digits', 'Fri, 1x Jan 2020 19:59:29 GMT'],
    ['a sign among the digits', 'Fri, 17 Jan +020 19:59:29 GMT'],
    ['no comma after the weekday', 'Fri  17 Jan 2020 19:59:29 GMT'],
    ['dots instead of colons', 'Fri, 17 Jan 2020 19.59.29 GMT'],
    ['full-width digits', 'Fri, １7 Jan 2020 19:59:29 GMT'],
    ['the empty string', ''],
    ['garbage', 'wrong date'],
  ])('rejects %s', (_what, value) => {
    expect(parseHttpDate(value)).toBeUndefined();
  });
});
