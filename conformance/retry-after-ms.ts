import { parseRetryAfter } from '../src/client/parse-retry-after.js';

/**
 * How long to wait after HTTP 429: `Retry-After` as seconds or an HTTP-date (relative to `now`),
 * 1 s when absent or unreadable, and never more than `maxMs`.
 */
export function retryAfterMs(value: string | null, now: number, maxMs = 10_000): number {
  return Math.min(parseRetryAfter(value, now) ?? 1000, maxMs);
}
