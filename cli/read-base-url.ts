import { baseUrlProblem } from '../src/http/base-url-problem.js';
import { usageError } from './cli-exit-codes.js';

/** A checked `--base-url`: its origin and the path prefix (no trailing slash) requests go under. */
export interface BaseUrl {
  href: string;
  origin: string;
  prefix: string;
}

/** Reads `--base-url` (or another flag holding a server URL), or throws a usage error naming it. */
export function readBaseUrl(value: string, flag = '--base-url'): BaseUrl {
  const problem = baseUrlProblem(value);
  if (problem) throw usageError(`${flag} ${problem}`);
  const url = new URL(value);
  const prefix = url.pathname.replace(/\/+$/, '');
  return { href: `${url.origin}${prefix}`, origin: url.origin, prefix };
}
