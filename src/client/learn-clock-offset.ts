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

/**
 * When the server rejected the X-Date as outside its clock-skew window (envelope status 402, with
 * HTTP 401, or HTTP 200 as some Ingo APIs answer) and said its own time in `Date`, returns the
 * offset to add to the local clock (server time minus local time, in ms). Otherwise undefined:
 * without the server's time there is nothing to correct with, and re-sending would fail the same way.
 */
export function learnClockOffset({ httpStatus, envelopeStatus, headers }: ClockAnswer, localNowMs: number): number | undefined {
  if (envelopeStatus !== envelopeCodes.staleDate || (httpStatus !== 401 && httpStatus !== 200)) return undefined;
  const date = headers.get('date');
  if (date === null) return undefined;
  const serverMs = parseHttpDate(date);
  return serverMs === undefined ? undefined : serverMs - localNowMs;
}
