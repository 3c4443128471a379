import { parseHttpDate } from '../signing/http-date.js';

/**
 * Reads a Retry-After value as a wait in ms: either delay-seconds (`"2"`) or an HTTP-date, taken
 * relative to `nowMs`. A date in the past is a wait of 0. Returns undefined for a missing or
 * unreadable value, so that the caller falls back to its own backoff.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = parseHttpDate(trimmed);
  return date === undefined ? undefined : Math.max(0, date - nowMs);
}
