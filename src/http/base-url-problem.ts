import { redactUrl } from '../errors/ingo-session-error.js';

/**
 * What is wrong with a server base URL, as the end of a sentence naming the setting ("`baseUrl`
 * must …", "--base-url must …"), or undefined when it can be used: an absolute http(s) URL without
 * user info (credentials travel separately and are never printed) and without a query or fragment
 * (paths are appended to it, and the request line signed would not be the one sent). A quoted value
 * has its user info removed. The one check of the client, the CLI and the conformance suite.
 */
export function baseUrlProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value))
    return `must be an absolute http(s) URL such as https://ingo.example, not "${redactUrl(String(value)).slice(0, 200)}"`;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `must use http or https, not ${url.protocol.slice(0, -1).slice(0, 20)}`;
  if (url.username || url.password) return 'must not carry user info (user:password@): pass the credentials separately';
  if (value.includes('?') || value.includes('#')) return 'must not carry a query or fragment';
  return undefined;
}
