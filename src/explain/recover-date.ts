import { parseHttpDate } from '../signing/http-date.js';

/** An X-Date read under a mistaken format: the instant it names and what the format was. */
export interface RecoveredDate {
  ms: number;
  /** Such as `ISO 8601` or `an IMF-fixdate without GMT`. */
  form: string;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// North American zone abbreviations, the ones a local-time formatter writes most often.
const ZONES: Readonly<Record<string, number>> = {
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  CET: 1,
  CEST: 2,
  BST: 1,
};
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// RFC 1123 shape with any zone, or none, optional weekday, one-digit day: `Fri, 17 Jan 2020 19:59:29 +0000`.
const IMF_LIKE =
  /^(?:([A-Za-z]{3}),?\s+)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s+(\S.*))?$/;
const RFC_850 = /^[A-Za-z]+day, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME = /^[A-Za-z]{3} ([A-Za-z]{3}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;
// JavaScript's Date#toString: `Fri Jan 17 2020 14:59:29 GMT-0500 (Eastern Standard Time)`.
const JS_TO_STRING = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-]\d{4})(?: \(.*\))?$/;
const UNIX_TIME = /^\d{10}(?:\d{3})?$/;

/**
 * When an X-Date is not a valid IMF-fixdate only because its weekday is wrong, the weekday the
 * date really has (found by parsing the date with each weekday in turn).
 */
export function recoverWeekday(value: string): string | undefined {
  if (parseHttpDate(value) !== undefined) return undefined;
  return DAYS.find((day) => parseHttpDate(`${day}${value.slice(3)}`) !== undefined);
}

/**
 * Reads an X-Date that is not an IMF-fixdate under the formats senders mistakenly use: ISO 8601,
 * an RFC 1123 date without GMT or with another zone (local time), RFC 850, asctime, JavaScript's
 * Date#toString, Unix time. Returns undefined when none reads it.
 */
export function recoverDate(value: string): RecoveredDate | undefined {
  const text = value.trim();
  let match = ISO.exec(text);
  if (match) {
    const [, y, mo, d, h, mi, s = '0', zone] = match;
    const ms = utc(+y!, +mo! - 1, +d!, +h!, +mi!, +s) - offsetMinutes(zone) * 60_000;
    return valid(ms, zone === undefined ? 'ISO 8601 without a zone' : 'ISO 8601');
  }
  match = JS_TO_STRING.exec(text);
  if (match) {
    const [, mo, d, y, h, mi, s, zone] = match;
    return valid(
      utc(+y!, month(mo!), +d!, +h!, +mi!, +s!) - offsetMinutes(zone) * 60_000,
      "JavaScript's Date#toString (local time)",
    );
  }
  match = RFC_850.exec(text);
  if (match) {
    const [, d, mo, yy, h, mi, s] = match;
    return valid(utc(+yy! + (+yy! < 70 ? 2000 : 1900), month(mo!), +d!, +h!, +mi!, +s!), 'the obsolete RFC 850 form');
  }
  match = ASCTIME.exec(text);
  if (match) {
    const [, mo, d, h, mi, s, y] = match;
    return valid(utc(+y!, month(mo!), +d!, +h!, +mi!, +s!), "C's asctime form (no zone)");
  }
  match = IMF_LIKE.exec(text);
  if (match) return recoverImfLike(match);
  if (UNIX_TIME.test(text)) return valid(text.length === 10 ? +text * 1000 : +text, 'Unix time');
  return undefined;
}

function recoverImfLike(match: RegExpExecArray): RecoveredDate | undefined {
  const [, , d, mo, y, h, mi, s = '0', zone] = match;
  const base = utc(+y!, month(mo!), +d!, +h!, +mi!, +s);
  if (zone === undefined) return valid(base, 'an RFC 1123 date without "GMT"');
  const upper = zone.toUpperCase();
  if (upper === 'GMT')
    return valid(base, 'an RFC 1123 date in a non-fixed width (one-digit day or hour, missing seconds or comma)');
  if (upper === 'UTC' || upper === 'UT' || upper === 'Z' || upper === '+0000' || upper === '-0000')
    return valid(base, `an RFC 1123 date with "${zone}" instead of "GMT"`);
  const named = ZONES[upper];
  if (named !== undefined) return valid(base - named * 3_600_000, `local time (${zone})`);
  const offset = /^(?:GMT|UTC)?([+-]\d{1,2}(?::?\d{2})?)$/i.exec(zone);
  if (offset) return valid(base - offsetMinutes(offset[1]) * 60_000, `local time (${zone})`);
  return undefined;
}

function utc(year: number, monthIndex: number, day: number, hours: number, minutes: number, seconds: number): number {
  if (monthIndex < 0 || day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 60) return NaN;
  return Date.UTC(year, monthIndex, day, hours, minutes, seconds);
}

function month(name: string): number {
  return MONTHS.indexOf(name.toLowerCase());
}

/** Minutes east of GMT of `Z`, `+01`, `+0100`, `+01:00`, `-5`. */
function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const match = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (+match[2]! * 60 + +(match[3] ?? 0));
}

function valid(ms: number, form: string): RecoveredDate | undefined {
  return Number.isFinite(ms) ? { ms, form } : undefined;
}
