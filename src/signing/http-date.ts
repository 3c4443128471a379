import { SigningError } from './signing-error.js';

/**
 * IMF-fixdate (RFC 7231 §7.1.1.1), the only HTTP-date form this project sends or accepts in X-Date:
 * `Wed, 01 Apr 2026 20:18:47 GMT`.
 */
const IMF_FIXDATE_LENGTH = 'Wed, 01 Apr 2026 20:18:47 GMT'.length;
// Positions and char codes of the fixed punctuation: `, ` after the weekday, spaces, colons.
const SEPARATORS: readonly (readonly [number, number])[] = [
  [3, 0x2c],
  [4, 0x20],
  [7, 0x20],
  [11, 0x20],
  [16, 0x20],
  [19, 0x3a],
  [22, 0x3a],
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAY_MS = 86_400_000;
// Date.UTC maps years 0–99 to 1900–1999; shifting by one 400-year Gregorian cycle (146097 days) avoids that.
const CYCLE_YEARS = 400;
const CYCLE_MS = 146_097 * DAY_MS;
const LAST_YEAR = 9999;
const TWO_DIGITS: readonly string[] = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));

/**
 * Formats a date as an IMF-fixdate, as `Date#toUTCString` does. Throws a SigningError for an invalid
 * Date or a year outside 0–9999 (four digits). The fields are computed from the epoch milliseconds
 * (a civil-from-days conversion) rather than read through six Date getters: it is on the signer's
 * hot path.
 */
export function formatHttpDate(date: Date): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new SigningError('cannot format an HTTP date: the date is invalid');
  const days = Math.floor(ms / DAY_MS);
  const [year, month, day] = civilFromDays(days);
  if (year < 0 || year > LAST_YEAR)
    throw new SigningError(`cannot format an HTTP date: year ${year} does not fit in four digits`);
  const seconds = Math.floor((ms - days * DAY_MS) / 1000);
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  const time = `${TWO_DIGITS[Math.floor(seconds / 3600)]}:${TWO_DIGITS[Math.floor(seconds / 60) % 60]}:${TWO_DIGITS[seconds % 60]}`;
  return `${DAYS[(((days + 4) % 7) + 7) % 7]}, ${TWO_DIGITS[day]} ${MONTHS[month]} ${yyyy} ${time} GMT`;
}

/** Year, month (0–11) and day of month of a day count since 1970-01-01 (H. Hinnant's algorithm). */
function civilFromDays(days: number): [number, number, number] {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 2 : shiftedMonth - 10;
  return [yearOfEra + era * 400 + (month <= 1 ? 1 : 0), month, day];
}

/**
 * Parses an IMF-fixdate strictly: other HTTP-date forms (RFC 850, asctime), other zones than GMT,
 * impossible dates (31 Feb, 24:00:00, second 60) and a weekday that does not match the date are
 * rejected. Returns epoch milliseconds, or undefined. The form has a fixed width, so it is read by
 * position (`Www, DD Mmm YYYY HH:MM:SS GMT`), which is several times faster than a regular
 * expression on the verifier's hot path.
 */
export function parseHttpDate(value: string): number | undefined {
  if (value.length !== IMF_FIXDATE_LENGTH || !hasSeparators(value)) return undefined;
  const weekday = DAYS.indexOf(value.slice(0, 3));
  const date = readDigits(value, 5, 2);
  const month = MONTHS.indexOf(value.slice(8, 11));
  const year = readDigits(value, 12, 4);
  const hours = readDigits(value, 17, 2);
  const minutes = readDigits(value, 20, 2);
  const seconds = readDigits(value, 23, 2);
  if (
    weekday === -1 ||
    month === -1 ||
    year === -1 ||
    date < 1 ||
    !inRange(hours, 23) ||
    !inRange(minutes, 59) ||
    !inRange(seconds, 59)
  )
    return undefined;
  if (date > daysInMonth(year, month)) return undefined;
  const ms =
    year < 100
      ? Date.UTC(year + CYCLE_YEARS, month, date, hours, minutes, seconds) - CYCLE_MS
      : Date.UTC(year, month, date, hours, minutes, seconds);
  // Day 0 of the epoch, 1 Jan 1970, was a Thursday (index 4).
  return (((Math.floor(ms / DAY_MS) + 4) % 7) + 7) % 7 === weekday ? ms : undefined;
}

function hasSeparators(value: string): boolean {
  for (const [at, code] of SEPARATORS) if (value.charCodeAt(at) !== code) return false;
  return value.endsWith(' GMT');
}

/** The number written by `length` ASCII digits at `at`, or -1. */
function readDigits(value: string, at: number, length: number): number {
  let number = 0;
  for (let i = at; i < at + length; i++) {
    const digit = value.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

function inRange(value: number, max: number): boolean {
  return value >= 0 && value <= max;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 1) return DAYS_IN_MONTH[month]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}
