import { ApiError } from '../errors/api-error.js';
import { NetworkError } from '../errors/network-error.js';
import { ResponseTooLargeError } from '../errors/response-too-large-error.js';
import { describeFetchFailure } from './report-network-errors.js';

/** Statuses whose Response may not carry a body. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** An answer read to the end: its status and headers, and its body's text. */
export interface CappedAnswer {
  /**
   * The answer to hand openapi-fetch, whose body is in `text` (see headOf): handing it the text in
   * a new Response would build and read one more stream per call.
   */
  head: Response;
  /** The body decoded as UTF-8, as `Response.text()` decodes it (a BOM dropped). */
  text: string;
}

// Not streaming, so it keeps no state between calls.
const utf8 = new TextDecoder();

/**
 * Reads an answer's body as a stream, at most `maxBytes` of it, and returns its text beside its
 * status and headers, so that nothing downstream (openapi-fetch's `text()`) can read more. Every
 * way reading can fail becomes a typed error while the attempt is still running:
 * - Content-Length above the cap, or more bytes than the cap (an endless chunked body, a
 *   decompression bomb): ResponseTooLargeError, the stream cancelled at once;
 * - the connection reset or closed mid-body, a body that does not decode (bad gzip), fewer bytes
 *   than Content-Length: NetworkError, which the client retries under the same Idempotency-Key like
 *   any failure to get an answer.
 * An abort (time limit, caller) is rethrown as it is, for the attempt to classify.
 */
export async function readCappedAnswer(response: Response, request: Request, maxBytes: number, signal?: AbortSignal): Promise<CappedAnswer> {
  const where = { method: request.method, url: request.url };
  // A Response cannot even be built with such a status: no declared answer has one.
  if (response.status < 200 || response.status > 599) {
    await response.body?.cancel().catch(() => undefined);
    throw new ApiError(`Create Session got an answer the spec does not declare: HTTP ${response.status}`, { ...where, httpStatus: response.status });
  }
  const tooLarge = (what: string) => new ResponseTooLargeError(`the answer (HTTP ${response.status}) ${what}, over the client's cap of ${maxBytes} bytes (maxAnswerBytes)`, { ...where, httpStatus: response.status, maxBytes });
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(`declares ${declared} bytes`);
  }
  const failed = (error: unknown, read: string) => {
    if (error instanceof ResponseTooLargeError || signal?.aborted || request.signal.aborted) return error;
    return new NetworkError(`the connection failed while reading the answer (HTTP ${response.status}, ${read}): ${describeFetchFailure(error)}`, { ...where, cause: error });
  };
  // From Node's fetch (type "basic"), an answer with a Content-Length and no Content-Encoding has
  // exactly that many body bytes (HTTP/1.1 framing), already known to be within the cap: it is
  // read in one call. Anything else (chunked, compressed, or a Response a fetch double built) is
  // read chunk by chunk against the cap.
  if (declared >= 0 && response.type === 'basic' && !response.headers.has('content-encoding')) {
    try {
      return { head: headOf(response), text: NULL_BODY_STATUSES.has(response.status) ? '' : await response.text() };
    } catch (error) {
      throw failed(error, `${declared} bytes declared`);
    }
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body !== null) {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw tooLarge(`is longer than ${maxBytes} bytes`);
        }
        chunks.push(value);
      }
    } catch (error) {
      throw failed(error, `${size} bytes read`);
    } finally {
      reader.releaseLock();
    }
  }
  const text = NULL_BODY_STATUSES.has(response.status) ? '' : utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
  return { head: headOf(response), text };
}

/**
 * What openapi-fetch gets back: a 2xx answer itself (its body already read; the client asks
 * openapi-fetch for the stream, which it hands over unread), any other answer's status and
 * headers on a Response without a body (openapi-fetch reads an error answer's body itself).
 */
function headOf(response: Response): Response {
  return response.ok ? response : new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
}
