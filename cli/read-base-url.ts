import { usageError } from './cli-exit-codes.js';

/** A checked `--base-url`: its origin and the path prefix (no trailing slash) requests go under. */
export interface BaseUrl {
  href: string;
  origin: string;
  prefix: string;
}

/** Reads `--base-url` (or another flag holding a server URL), or throws a usage error naming it. */
export function readBaseUrl(value: string, flag = '--base-url'): BaseUrl {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(`${flag} must be an absolute http(s) URL such as http://127.0.0.1:8080, not "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw usageError(`${flag} must use http or https, not ${url.protocol.slice(0, -1)}`);
  if (url.username || url.password || url.search || url.hash)
    throw usageError(`${flag} must not carry user info, a query or a fragment`);
  const prefix = url.pathname.replace(/\/+$/, '');
  return { href: `${url.origin}${prefix}`, origin: url.origin, prefix };
}
