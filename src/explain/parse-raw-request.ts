import type { CapturedHeader, CapturedRequest } from './captured-request.js';
import { ExplainInputError } from './explain-input-error.js';

const CR = 0x0d;
const LF = 0x0a;
// `METHOD target` with an optional version: a request line as HTTP/1.x writes it, or as a log prints it.
const REQUEST_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) +(\S+)(?: +(\S+))? *$/;

/**
 * Parses a raw HTTP/1.1 request as `nc -l`, mitmproxy or a debug log captures it: request line,
 * header lines, a blank line, the body. Lines may end with CRLF or a bare LF (a capture pasted into
 * an editor). The body is every byte after the blank line, except one final line break beyond the
 * declared Content-Length (an editor's, never part of what the server read). Throws an
 * ExplainInputError naming the line that cannot be read.
 */
export function parseRawRequest(input: Uint8Array | string): CapturedRequest {
  const bytes =
    typeof input === 'string'
      ? Buffer.from(input, 'utf8')
      : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const { headEnd, bodyStart } = findHeadEnd(bytes);
  const lines = bytes.subarray(0, headEnd).toString('utf8').split(/\r?\n/);
  // Leading blank lines (a copy that starts one line early) are not part of the request.
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  const requestLine = REQUEST_LINE.exec(lines[0] ?? '');
  if (!requestLine)
    throw new ExplainInputError(
      'line 1 is not a request line such as "POST /api/v1/sessions/point-in-time/plugin HTTP/1.1"',
    );
  const headers = parseHeaderLines(lines.slice(1), 2);
  let body: Uint8Array = bodyStart === undefined ? new Uint8Array(0) : bytes.subarray(bodyStart);
  body = dropEditorLineBreak(body, headers);
  return {
    method: requestLine[1]!,
    target: requestLine[2]!,
    ...(requestLine[3] !== undefined && { httpVersion: requestLine[3] }),
    headers,
    body,
  };
}

/**
 * Reads `Name: value` lines (obs-fold continuation lines are joined to the previous value, as
 * RFC 7230 allows a receiver to do). `firstLine` is the number of the first one, for messages.
 */
export function parseHeaderLines(lines: readonly string[], firstLine: number): CapturedHeader[] {
  const headers: CapturedHeader[] = [];
  lines.forEach((line, index) => {
    if (line === '') return;
    const previous = headers.at(-1);
    if ((line.startsWith(' ') || line.startsWith('\t')) && previous) {
      previous.value += ` ${line.trim()}`;
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new ExplainInputError(`line ${firstLine + index} is not a header line "Name: value"`);
    headers.push({ name: line.slice(0, colon), value: line.slice(colon + 1) });
  });
  return headers;
}

/** Where the head ends: the first empty line, ended by CRLF or LF. */
function findHeadEnd(bytes: Buffer): { headEnd: number; bodyStart: number | undefined } {
  for (let at = 0; at < bytes.length; at++) {
    if (bytes[at] !== LF) continue;
    const next = at + 1;
    if (bytes[next] === LF) return { headEnd: at, bodyStart: next + 1 };
    if (bytes[next] === CR && bytes[next + 1] === LF) return { headEnd: at, bodyStart: next + 2 };
  }
  return { headEnd: bytes.length, bodyStart: undefined };
}

function dropEditorLineBreak(body: Uint8Array, headers: readonly CapturedHeader[]): Uint8Array {
  const declared = headers.find(({ name }) => name.toLowerCase() === 'content-length');
  const length = declared === undefined ? NaN : Number(declared.value.trim());
  if (body.length === length + 1 && body[length] === LF) return body.subarray(0, length);
  if (body.length === length + 2 && body[length] === CR && body[length + 1] === LF) return body.subarray(0, length);
  return body;
}
