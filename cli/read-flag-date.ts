import { parseHttpDate } from '../src/signing/http-date.js';
import { usageError } from './cli-exit-codes.js';

/** Reads a flag holding an HTTP date (`--x-date`, `--at`), or throws a usage error naming the flag. */
export function readFlagDate(value: string, flag: string): Date {
  const ms = parseHttpDate(value);
  if (ms === undefined)
    throw usageError(
      `${flag} must be an IMF-fixdate in GMT such as "Wed, 01 Apr 2026 20:18:47 GMT" (weekday matching the date)`,
    );
  return new Date(ms);
}
