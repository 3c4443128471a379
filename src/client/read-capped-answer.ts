import { ApiError } from '../errors/api-error.js';
import { NetworkError } from '../errors/network-error.js';
import { ResponseTooLargeError } from '../errors/response-too-large-error.js';
import { describeFetchFailure } from './report-network-errors.js';

/** Statuses whose Response may not carry a body. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * Reads an answer's body as a stream, at most `maxBytes` of it, and returns the same answer with
 * the bytes buffered, so that nothing downstream (openapi-fetch's `text()`) can read more. Every
 * way reading can fail becomes a typed error while the attempt is still running:
 * - Content-Length above the cap, or more bytes than the cap (an endless chunked body, a
 *   decompression bomb): ResponseTooLargeError, the stream cancelled at once;
 * - the connection reset or closed mid-body, a body that does not decode (bad gzip), fewer bytes
 *   than Content-Length: NetworkError, which the client retries under the same Idempotency-Key like
 *   any failure to get an answer.
 * An abort (time limit, caller) is rethrown as it is, for the attempt to classify.
 */
export async function readCappedAnswer(response: Response, request: Request, maxBytes: number, signal?: AbortSignal): Promise<Response> {
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
      if (error instanceof ResponseTooLargeError || signal?.aborted || request.signal.aborted) throw error;
      throw new NetworkError(`the connection failed while reading the answer (HTTP ${response.status}, ${size} bytes read): ${describeFetchFailure(error)}`, { ...where, cause: error });
    } finally {
      reader.releaseLock();
    }
  }
  const body = NULL_BODY_STATUSES.has(response.status) ? null : Buffer.concat(chunks, size);
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
