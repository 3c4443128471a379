import { parseHttpDate } from '../signing/http-date.js';
import { envelopeCodes } from './envelope-codes.js';

/** The parts of an answer that say whether the server rejected the request's clock. */
export interface ClockAnswer {
  httpStatus: number;
  /** Ingo's envelope status, when the body is an envelope. */
  envelopeStatus: number | undefined;
  /** The answer's headers (only `Date` is read, and only for a stale-date rejection). */
  headers: Headers;
}

/** What a stale-date answer teaches: an offset to use, or why its Date is not believed. */
export type LearnedClock = { kind: 'offset'; offsetMs: number } | { kind: 'implausible'; reason: string };

/**
 * When the server rejected the X-Date as outside its clock-skew window with the spec's answer for
 * it (HTTP 401, envelope status 402) and said its own time in `Date`, returns the offset to add
 * to the local clock (server time minus local time, in ms). Nothing else teaches the clock: not
 * HTTP 200 with envelope 402, not a Date on any other answer, since a forged or cached Date there
 * would move every later signature. An offset beyond `maxOffsetMs` either way is implausible (a
 * machine whose clock is on the wrong time zone is at most 14 h off; `Fri, 31 Dec 9999` is a
 * hostile server) and is reported instead of learned. Undefined when there is nothing to learn.
 */
export function learnClockOffset(
  { httpStatus, envelopeStatus, headers }: ClockAnswer,
  localNowMs: number,
  maxOffsetMs: number,
): LearnedClock | undefined {
  if (envelopeStatus !== envelopeCodes.staleDate || httpStatus !== 401) return undefined;
  const date = headers.get('date');
  if (date === null) return undefined;
  const serverMs = parseHttpDate(date);
  if (serverMs === undefined) return undefined;
  const offsetMs = serverMs - localNowMs;
  if (Math.abs(offsetMs) <= maxOffsetMs) return { kind: 'offset', offsetMs };
  const hours = Math.round(Math.abs(offsetMs) / 360_000) / 10;
  return {
    kind: 'implausible',
    reason: `the server's Date "${date.slice(0, 40)}" is implausible: ${hours} h from the local clock, beyond the ±${maxOffsetMs / 3_600_000} h bound (maxClockOffsetMs), so the clock was not corrected`,
  };
}
