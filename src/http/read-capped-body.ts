import { NetworkError } from '../errors/network-error.js';
import { ResponseTooLargeError } from '../errors/response-too-large-error.js';

/** How readCappedBody reads an answer. */
export interface ReadCappedBodyOptions {
  /** The largest body read, in bytes; beyond it a ResponseTooLargeError and the stream is cancelled. */
  maxBytes: number;
  /** The request's method, named in errors. */
  method?: string;
  /** The request's URL, named in errors (user info is redacted by the errors). */
  url?: string;
  /** The option that set `maxBytes`, named in the too-large message; `maxAnswerBytes` by default. */
  capName?: string;
}

/**
 * Reads an answer's body as UTF-8 text (a BOM dropped, as `Response.text()` does), at most
 * `maxBytes` of it. Every way reading can fail becomes a typed error:
 * - a Content-Length above the cap, or more bytes than the cap (an endless chunked body, a
 *   decompression bomb): ResponseTooLargeError, the stream cancelled at once, nothing more read;
 * - the connection reset or closed mid-body, a body that does not decode (bad gzip), fewer bytes
 *   than Content-Length: NetworkError, with the platform's error as `cause`;
 * - an abort (of `signal`, or of the fetch that produced the answer): the abort's reason, as it is.
 * The only reader of answers in the library: the client and the conformance suite both use it.
 */
export async function readCappedBody(
  response: Response,
  { maxBytes, method, url, capName = 'maxAnswerBytes' }: ReadCappedBodyOptions,
  signal?: AbortSignal,
): Promise<string> {
  const where = { method, url: url ?? (response.url || undefined) };
  const tooLarge = (what: string) =>
    new ResponseTooLargeError(
      `the answer (HTTP ${response.status}) ${what}, over the cap of ${maxBytes} bytes (${capName})`,
      { ...where, httpStatus: response.status, maxBytes },
    );
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(`declares ${declared} bytes`);
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(`is longer than ${maxBytes} bytes`);
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } catch (error) {
    if (error instanceof ResponseTooLargeError || signal?.aborted || isAbort(error)) throw error;
    throw new NetworkError(
      `the connection failed while reading the answer (HTTP ${response.status}, ${size} bytes read): ${describeFetchFailure(error)}`,
      { ...where, cause: error },
    );
  } finally {
    reader.releaseLock();
  }
}

/**
 * Whether a parsed JSON value nests arrays and objects deeper than `max` levels (the root is level
 * 1). Recursive, but never deeper than `max + 1` frames: it stops as soon as the limit is passed.
 */
export function nestsDeeperThan(value: unknown, max: number, depth = 1): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth > max) return true;
  for (const key in value) if (nestsDeeperThan((value as Record<string, unknown>)[key], max, depth + 1)) return true;
  return false;
}

/** Node's fetch says only "fetch failed" and keeps the reason (ECONNREFUSED, …) in `cause`. */
export function describeFetchFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && cause !== error.message ? `${error.message}: ${cause}` : error.message;
}

// A fetch aborted by its own signal rejects its body reads with that signal's reason.
function isAbort(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError');
}
