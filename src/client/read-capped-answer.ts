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
export async function readCappedAnswer(
  response: Response,
  request: Request,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<Response> {
  const reading = new CappedReading(response, request, maxBytes, signal);
  await reading.refuseHead();
  const bytes = await reading.readBytes();
  return new Response(NULL_BODY_STATUSES.has(response.status) ? null : bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** An answer read to the end by readCappedText: what to hand openapi-fetch, and the body's text. */
export interface CappedAnswer {
  /**
   * A 2xx answer itself (its body already read: the client asks openapi-fetch for the stream,
   * which it then hands over unread); any other answer's status and headers on a Response without
   * a body (openapi-fetch reads an error answer's body itself). Handing openapi-fetch the text in
   * a new Response, as readCappedAnswer does, would build and read one more stream per call.
   */
  head: Response;
  /** The body decoded as UTF-8, as `Response.text()` decodes it (a BOM dropped). */
  text: string;
}

// Not streaming, so it keeps no state between calls.
const utf8 = new TextDecoder();

/**
 * readCappedAnswer for createSession, which parses the text itself: the same checks and typed
 * errors, the text returned beside the answer. From Node's fetch (type "basic"), an answer with a
 * Content-Length and no Content-Encoding has exactly that many body bytes (HTTP/1.1 framing),
 * already known to be within the cap: it is read in one `text()` call. Anything else (chunked,
 * compressed, or a Response a fetch double built) is read chunk by chunk against the cap.
 */
export async function readCappedText(
  response: Response,
  request: Request,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<CappedAnswer> {
  const reading = new CappedReading(response, request, maxBytes, signal);
  const refused = reading.refuseHead();
  if (refused) await refused;
  const declared = reading.declared;
  const head = response.ok
    ? response
    : new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
  if (NULL_BODY_STATUSES.has(response.status)) return { head, text: '' };
  if (declared >= 0 && response.type === 'basic' && !response.headers.has('content-encoding')) {
    try {
      return { head, text: await response.text() };
    } catch (error) {
      throw reading.failed(error, `${declared} bytes declared`);
    }
  }
  return { head, text: utf8.decode(await reading.readBytes()) };
}

/** One answer being read under the cap. */
class CappedReading {
  #whereCache: { method: string; url: string } | undefined;

  constructor(
    private readonly response: Response,
    private readonly request: Request,
    private readonly maxBytes: number,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.declared = Number(response.headers.get('content-length') ?? Number.NaN);
  }

  /** The declared Content-Length (NaN when none). */
  readonly declared: number;

  /** Method and URL, for errors only (a Request's URL is serialised again on every read). */
  get #where(): { method: string; url: string } {
    return (this.#whereCache ??= { method: this.request.method, url: this.request.url });
  }

  /**
   * Refuses a status no Response can carry and a declared length over the cap: undefined for an
   * answer that passes (every call's common case, so no promise is made), or the rejection to
   * await (once the body is cancelled).
   */
  refuseHead(): Promise<never> | undefined {
    const { response } = this;
    // A Response cannot even be built with such a status: no declared answer has one.
    if (response.status < 200 || response.status > 599) {
      return this.#cancelAndThrow(
        new ApiError(`Create Session got an answer the spec does not declare: HTTP ${response.status}`, {
          ...this.#where,
          httpStatus: response.status,
        }),
      );
    }
    if (this.declared > this.maxBytes) return this.#cancelAndThrow(this.#tooLarge(`declares ${this.declared} bytes`));
    return undefined;
  }

  async #cancelAndThrow(error: Error): Promise<never> {
    await this.response.body?.cancel().catch(() => undefined);
    throw error;
  }

  /** The body's bytes, read chunk by chunk and cut off (the stream cancelled) beyond the cap. */
  async readBytes() {
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (this.response.body !== null) {
      const reader = this.response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > this.maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw this.#tooLarge(`is longer than ${this.maxBytes} bytes`);
          }
          chunks.push(value);
        }
      } catch (error) {
        throw this.failed(error, `${size} bytes read`);
      } finally {
        reader.releaseLock();
      }
    }
    return concatBytes(chunks, size);
  }

  /** What a failure while reading becomes: a cap or an abort as it is, anything else a NetworkError. */
  failed(error: unknown, read: string): unknown {
    if (error instanceof ResponseTooLargeError || this.signal?.aborted || this.request.signal.aborted) return error;
    return new NetworkError(
      `the connection failed while reading the answer (HTTP ${this.response.status}, ${read}): ${describeFetchFailure(error)}`,
      { ...this.#where, cause: error },
    );
  }

  #tooLarge(what: string): ResponseTooLargeError {
    return new ResponseTooLargeError(
      `the answer (HTTP ${this.response.status}) ${what}, over the client's cap of ${this.maxBytes} bytes (maxAnswerBytes)`,
      {
        ...this.#where,
        httpStatus: this.response.status,
        maxBytes: this.maxBytes,
      },
    );
  }
}

/** The chunks as one byte array (not Buffer.concat: a Worker without nodejs_compat has no Buffer). */
function concatBytes(chunks: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
