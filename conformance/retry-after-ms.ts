import { parseHttpDate } from '../src/signing/http-date.js';

/**
 * How long to wait after HTTP 429: `Retry-After` as seconds or an HTTP-date (relative to `now`),
 * 1 s when absent or unreadable, and never more than `maxMs`.
 */
export function retryAfterMs(value: string | null, now: number, maxMs = 10_000): number {
  const fallback = 1000;
  if (value === null) return fallback;
  const trimmed = value.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : (parseHttpDate(trimmed) ?? now + fallback) - now;
  return Math.min(Math.max(ms, 0), maxMs);
}
