/**
 * IMF-fixdate (RFC 7231 §7.1.1.1), the only HTTP-date form Ingo's X-Date accepts:
 * `Tue, 01 Apr 2026 20:18:47 GMT`.
 */
const IMF_FIXDATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Formats a date as an IMF-fixdate. `Date#toUTCString` already produces exactly this form. */
export function formatHttpDate(date: Date): string {
  return date.toUTCString();
}

/**
 * Parses an IMF-fixdate strictly: other HTTP-date forms, impossible dates (31 Feb) and a weekday
 * that does not match the date are rejected. Returns epoch milliseconds, or undefined.
 */
export function parseHttpDate(value: string): number | undefined {
  const match = IMF_FIXDATE.exec(value);
  if (!match) return undefined;
  const [, day, dd, mon, yyyy, hh, mm, ss] = match as unknown as string[];
  const month = MONTHS.indexOf(mon!);
  const ms = Date.UTC(Number(yyyy), month, Number(dd), Number(hh), Number(mm), Number(ss));
  const date = new Date(ms);
  const exact =
    date.getUTCDate() === Number(dd) &&
    date.getUTCMonth() === month &&
    date.getUTCHours() === Number(hh) &&
    date.getUTCMinutes() === Number(mm) &&
    date.getUTCSeconds() === Number(ss) &&
    DAYS[date.getUTCDay()] === day;
  return exact ? ms : undefined;
}
