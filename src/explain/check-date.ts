import { formatHttpDate, parseHttpDate } from '../signing/http-date.js';
import { diagnose } from './diagnosis-fixes.js';
import type { Diagnosis, ExplainCheck } from './explanation.js';
import { recoverDate, recoverWeekday } from './recover-date.js';

const HOUR_MS = 3_600_000;
// Zones run from UTC-12 to UTC+14: a skew of a whole number of hours in that range looks like local time.
const MAX_ZONE_HOURS = 14;

/**
 * Checks X-Date against `atMs`: an IMF-fixdate within the skew window, both ways. A date that does
 * not parse is read again under the mistaken forms (another format, a wrong weekday); the instant
 * recovered is then judged for skew too, so a date with both mistakes gets both diagnoses. `ms`
 * is the instant read, when one is, for the signature's search around it.
 */
export function checkDate(
  value: string | undefined,
  atMs: number,
  skewSeconds: number,
): { check: ExplainCheck; diagnoses: Diagnosis[]; ms?: number } {
  const expected = `an IMF-fixdate within ±${skewSeconds} s of ${formatHttpDate(new Date(atMs))}`;
  if (value === undefined) {
    return {
      check: { name: 'x_date', ok: false, expected, received: '(none)', message: 'X-Date is missing' },
      diagnoses: [],
    };
  }
  const diagnoses: Diagnosis[] = [];
  let ms = parseHttpDate(value);
  if (ms === undefined) {
    const weekday = recoverWeekday(value);
    const recovered = weekday === undefined ? recoverDate(value) : undefined;
    if (weekday !== undefined) {
      ms = parseHttpDate(`${weekday}${value.slice(3)}`)!;
      diagnoses.push(
        diagnose(
          'date_weekday',
          `X-Date says ${value.slice(0, 3)}, but ${value.slice(5, 16)} is a ${weekday}: send "${formatHttpDate(new Date(ms))}"`,
        ),
      );
    } else if (recovered !== undefined) {
      ms = recovered.ms;
      diagnoses.push(
        diagnose(
          'date_format',
          `X-Date "${value}" is ${recovered.form}, not an IMF-fixdate; the same instant is "${formatHttpDate(new Date(ms))}"`,
        ),
      );
    } else {
      diagnoses.push(
        diagnose('invalid_date', `X-Date "${value}" is not an IMF-fixdate and no known date format reads it`),
      );
    }
  }
  if (ms !== undefined) {
    const skew = ms - atMs;
    if (Math.abs(skew) > skewSeconds * 1000) diagnoses.push(diagnose('clock_skew', describeSkew(skew, skewSeconds)));
  }
  const check: ExplainCheck = { name: 'x_date', ok: diagnoses.length === 0, expected, received: value };
  if (!check.ok) check.message = diagnoses.map((diagnosis) => diagnosis.message).join('; ');
  return { check, diagnoses, ...(ms !== undefined && { ms }) };
}

/** How far and which way X-Date is from the judging time, and what that suggests. */
function describeSkew(skewMs: number, skewSeconds: number): string {
  const way = skewMs > 0 ? 'ahead of' : 'behind';
  let text = `X-Date is ${formatDuration(Math.abs(skewMs))} ${way} the server's time (allowed ±${skewSeconds} s)`;
  const hours = Math.round(skewMs / HOUR_MS);
  if (hours !== 0 && Math.abs(hours) <= MAX_ZONE_HOURS && Math.abs(skewMs - hours * HOUR_MS) <= skewSeconds * 1000) {
    text += `: about ${Math.abs(hours)} whole hour${Math.abs(hours) === 1 ? '' : 's'} off, which looks like local time (UTC${hours > 0 ? '+' : '-'}${Math.abs(hours)}) written as GMT`;
  } else if (skewMs > 0) {
    text += ": the sender's clock runs fast";
  } else {
    text +=
      ": the sender's clock runs slow, the request was signed long before it was sent, or this is an old capture (judge it with --at)";
  }
  return text;
}

/** `2 h 5 min 3 s`, `7 min 12 s`, `42 s`. */
export function formatDuration(ms: number): string {
  let seconds = Math.round(ms / 1000);
  const parts: string[] = [];
  const days = Math.floor(seconds / 86_400);
  if (days > 0) parts.push(`${days} d`);
  seconds -= days * 86_400;
  const hours = Math.floor(seconds / 3600);
  if (hours > 0) parts.push(`${hours} h`);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  if (minutes > 0) parts.push(`${minutes} min`);
  seconds -= minutes * 60;
  if (seconds > 0 || parts.length === 0) parts.push(`${seconds} s`);
  return parts.join(' ');
}
