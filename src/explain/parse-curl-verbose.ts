import type { CapturedRequest } from './captured-request.js';
import { ExplainInputError } from './explain-input-error.js';
import { parseHeaderLines } from './parse-raw-request.js';

const SENT = /^> ?/;
const REQUEST_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) +(\S+)(?: +(\S+))?$/;
// curl's own lines: information (`* `), received headers (`< `), data markers (`{ [2 bytes data]`); not a JSON body's `{"`.
const CURL_LINE = /^(?:\* |< |<$|[{}] \[)/;

/**
 * Parses `curl -v` output: the request is the `> ` lines (request line, headers, a blank `>` line).
 * curl does not print the body it sends, so it comes from `body` (the file given with --body), or
 * from plain lines pasted right after the request's `>` lines. Throws an ExplainInputError when
 * there is no `> ` request, or the request declares a body that is nowhere to be found.
 */
export function parseCurlVerbose(text: string, body?: Uint8Array | string): CapturedRequest {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => SENT.test(line) && REQUEST_LINE.test(line.replace(SENT, '')));
  if (start === -1) throw new ExplainInputError('the curl -v output has no "> POST /path HTTP/1.1" request line');
  let end = start + 1;
  while (end < lines.length && lines[end]!.startsWith('>') && lines[end]!.replace(SENT, '') !== '') end++;
  const requestLine = REQUEST_LINE.exec(lines[start]!.replace(SENT, ''))!;
  const headers = parseHeaderLines(
    lines.slice(start + 1, end).map((line) => line.replace(SENT, '')),
    start + 2,
  );
  let sent: Uint8Array | string | undefined = body;
  if (sent === undefined) {
    const pasted: string[] = [];
    for (
      let at = end + 1;
      at < lines.length && lines[at] !== '' && !CURL_LINE.test(lines[at]!) && !lines[at]!.startsWith('>');
      at++
    )
      pasted.push(lines[at]!);
    sent = pasted.join('\n');
  }
  const declared = headers.find(({ name }) => name.toLowerCase() === 'content-length');
  if (sent.length === 0 && declared !== undefined && Number(declared.value.trim()) > 0) {
    throw new ExplainInputError('curl -v does not print the body it sends: pass the body file with --body FILE');
  }
  return {
    method: requestLine[1]!,
    target: requestLine[2]!,
    ...(requestLine[3] !== undefined && { httpVersion: requestLine[3] }),
    headers,
    body: sent,
  };
}
