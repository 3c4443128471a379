import type { CapturedHeader, CapturedRequest } from './captured-request.js';
import { ExplainInputError } from './explain-input-error.js';

interface HarRequest {
  method?: unknown;
  url?: unknown;
  httpVersion?: unknown;
  headers?: unknown;
  postData?: { text?: unknown; encoding?: unknown };
}

const HMAC = /^\s*hmac\s/i;

/**
 * Reads the request of a HAR capture (browser devtools, Charles, mitmproxy's HAR export). Accepts a
 * whole HAR file (`{ log: { entries } }`: the first entry whose request carries an hmac
 * Authorization), one entry (`{ request }`) or a request object. HTTP/2 pseudo-headers
 * (`:authority`…) are dropped, and Host, when absent, is the URL's; `postData.text` is the body
 * (Base64 when `encoding` says so).
 * Throws an ExplainInputError naming what the HAR lacks.
 */
export function parseHarEntry(text: string): CapturedRequest {
  let har: unknown;
  try {
    har = JSON.parse(text);
  } catch {
    throw new ExplainInputError('the HAR file is not JSON');
  }
  const request = pickRequest(har);
  if (typeof request.method !== 'string' || typeof request.url !== 'string')
    throw new ExplainInputError('the HAR request lacks method or url');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    throw new ExplainInputError('the HAR request url is not an absolute URL');
  }
  if (!Array.isArray(request.headers)) throw new ExplainInputError('the HAR request lacks its headers array');
  const headers: CapturedHeader[] = [];
  for (const header of request.headers as { name?: unknown; value?: unknown }[]) {
    if (typeof header?.name !== 'string' || typeof header.value !== 'string')
      throw new ExplainInputError('a HAR header lacks name or value');
    if (!header.name.startsWith(':')) headers.push({ name: header.name, value: header.value });
  }
  // HTTP/2 captures carry the host as the :authority pseudo-header, dropped above: the URL has it.
  if (!headers.some(({ name }) => name.toLowerCase() === 'host')) headers.unshift({ name: 'Host', value: url.host });
  const bodyText = typeof request.postData?.text === 'string' ? request.postData.text : '';
  const body = request.postData?.encoding === 'base64' ? new Uint8Array(Buffer.from(bodyText, 'base64')) : bodyText;
  return {
    method: request.method,
    target: url.pathname + url.search,
    ...(typeof request.httpVersion === 'string' && request.httpVersion !== '' && { httpVersion: request.httpVersion }),
    headers,
    body,
  };
}

function pickRequest(har: unknown): HarRequest {
  if (typeof har !== 'object' || har === null) throw new ExplainInputError('the HAR file is not an object');
  const entries = (har as { log?: { entries?: unknown } }).log?.entries;
  if (Array.isArray(entries)) {
    const requests = entries
      .map((entry) => (entry as { request?: HarRequest })?.request)
      .filter((request): request is HarRequest => typeof request === 'object' && request !== null);
    const signed = requests.find(
      (request) => Array.isArray(request.headers) && request.headers.some((header) => isHmacAuthorization(header)),
    );
    if (!signed)
      throw new ExplainInputError(
        // Worded so that redaction (which blanks anything after "Authorization: hmac") leaves it whole.
        `none of the HAR's ${entries.length} entries carries an Authorization header of the hmac scheme`,
      );
    return signed;
  }
  const entryRequest = (har as { request?: unknown }).request;
  if (typeof entryRequest === 'object' && entryRequest !== null) return entryRequest as HarRequest;
  if ('method' in har && 'url' in har) return har as HarRequest;
  throw new ExplainInputError('the HAR file has neither log.entries, an entry with request, nor a request');
}

function isHmacAuthorization(header: unknown): boolean {
  const { name, value } = (header ?? {}) as { name?: unknown; value?: unknown };
  return (
    typeof name === 'string' && name.toLowerCase() === 'authorization' && typeof value === 'string' && HMAC.test(value)
  );
}
