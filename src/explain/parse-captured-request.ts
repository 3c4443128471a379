import type { CapturedRequest } from './captured-request.js';
import { parseCurlVerbose } from './parse-curl-verbose.js';
import { parseHarEntry } from './parse-har-entry.js';
import { parseRawRequest } from './parse-raw-request.js';

/** The capture formats explain reads. */
export type CaptureFormat = 'raw' | 'curl' | 'har';

// curl -v prints the request it sends as `> METHOD target VERSION`.
const CURL_REQUEST_LINE = /^> [!#$%&'*+.^_`|~0-9A-Za-z-]+ \S+/m;

/**
 * Reads a captured request in any of the formats explain knows, telling them apart by their
 * shape: JSON is a HAR, `> `-prefixed lines are `curl -v` output, anything else is raw HTTP/1.1.
 * `body` is the body for curl output, which does not show it. Throws an ExplainInputError.
 */
export function parseCapturedRequest(
  input: Uint8Array | string,
  { body }: { body?: Uint8Array | string } = {},
): CapturedRequest & { format: CaptureFormat } {
  const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
  if (text.trimStart().startsWith('{')) return { ...parseHarEntry(text), format: 'har' };
  if (CURL_REQUEST_LINE.test(text)) return { ...parseCurlVerbose(text, body), format: 'curl' };
  return { ...parseRawRequest(input), format: 'raw' };
}
