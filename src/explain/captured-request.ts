/**
 * A request as it was captured on the wire (raw HTTP, `curl -v`, a HAR entry): what explainRequest
 * reads. Unlike VerifiableRequest it keeps each header's name as spelt and its value untrimmed, and
 * the HTTP version of the request line, because those are where senders' mistakes show.
 */
export interface CapturedRequest {
  method: string;
  /** The request target exactly as sent: path and query. */
  target: string;
  /** The version on the captured request line (`HTTP/1.1`, `HTTP/2`…), when the capture shows one. */
  httpVersion?: string;
  /** Headers in the order captured, names as spelt, values as sent (untrimmed). */
  headers: readonly CapturedHeader[];
  /** The exact body bytes (a string is taken as UTF-8). */
  body: Uint8Array | string;
}

/** One captured header line. */
export interface CapturedHeader {
  name: string;
  /** Everything after the colon, untrimmed. */
  value: string;
}

/** The captured headers as a receiver sees them: lower-case names, trimmed values, repeats joined with ", ". */
export function headerValues(request: CapturedRequest): Record<string, string> {
  const values: Record<string, string> = {};
  for (const { name, value } of request.headers) {
    const lower = name.toLowerCase();
    const trimmed = value.trim();
    values[lower] = Object.hasOwn(values, lower) ? `${values[lower]}, ${trimmed}` : trimmed;
  }
  return values;
}

/** The first captured header of a lower-case name. */
export function findHeader(request: CapturedRequest, lowerName: string): CapturedHeader | undefined {
  return request.headers.find(({ name }) => name.toLowerCase() === lowerName);
}
