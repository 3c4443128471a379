import { describe, expect, test } from 'vitest';
import { recoverDate, recoverWeekday } from './recover-date.js';

const INSTANT = Date.UTC(2020, 0, 17, 19, 59, 29);

describe('recoverDate reads the X-Date forms senders send instead of an IMF-fixdate', () => {
  test.each([
    ['2020-01-17T19:59:29Z', 'ISO 8601'],
    ['2020-01-17T19:59:29.123Z', 'ISO 8601'],
    ['2020-01-17T14:59:29-05:00', 'ISO 8601'],
    ['2020-01-17 19:59:29', 'ISO 8601 without a zone'],
    ['Fri, 17 Jan 2020 19:59:29', 'an RFC 1123 date without "GMT"'],
    ['Fri, 17 Jan 2020 19:59:29 UTC', 'an RFC 1123 date with "UTC" instead of "GMT"'],
    ['Fri, 17 Jan 2020 19:59:29 +0000', 'an RFC 1123 date with "+0000" instead of "GMT"'],
    ['Fri, 17 Jan 2020 14:59:29 -0500', 'local time (-0500)'],
    ['Fri, 17 Jan 2020 14:59:29 EST', 'local time (EST)'],
    ['Fri, 17 Jan 2020 20:59:29 GMT+1', 'local time (GMT+1)'],
    [
      'Fri, 17 Jan 2020 19:59:29 gmt',
      'an RFC 1123 date in a non-fixed width (one-digit day or hour, missing seconds or comma)',
    ],
    ['Friday, 17-Jan-20 19:59:29 GMT', 'the obsolete RFC 850 form'],
    ['Fri Jan 17 19:59:29 2020', "C's asctime form (no zone)"],
    ['Fri Jan 17 2020 14:59:29 GMT-0500 (Eastern Standard Time)', "JavaScript's Date#toString (local time)"],
    ['1579291169', 'Unix time'],
    ['1579291169000', 'Unix time'],
  ])('%s is %s', (value, form) => {
    const recovered = recoverDate(value);
    expect(recovered?.form).toBe(form);
    expect(Math.floor(recovered!.ms / 1000) * 1000).toBe(INSTANT);
  });

  test.each([['yesterday'], ['2020-13-45T99:00:00Z'], ['Fri, 17 Jan 2020 19:59:29 Mars/Olympus']])(
    '%s reads as nothing',
    (value) => {
      expect(recoverDate(value)).toBeUndefined();
    },
  );
});

describe('recoverWeekday', () => {
  test('names the weekday the date really has', () => {
    expect(recoverWeekday('Tue, 01 Apr 2026 20:18:47 GMT')).toBe('Wed');
  });

  test('nothing for a valid date or one wrong elsewhere', () => {
    expect(recoverWeekday('Wed, 01 Apr 2026 20:18:47 GMT')).toBeUndefined();
    expect(recoverWeekday('Wed, 31 Feb 2026 20:18:47 GMT')).toBeUndefined();
  });
});
