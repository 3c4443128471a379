import type { CaseRequest } from './conformance-case.js';

/** A fetch-like function: the global fetch, or a handler such as the mock's for in-process runs. */
export type FetchLike = (request: Request) => Promise<Response>;

/** What came back, with the body already read as text. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Where and how to send. */
export interface SendOptions {
  baseUrl: string;
  fetch: FetchLike;
  /** Abort a request (and reading its body) after this long. */
  timeoutMs: number;
}

/**
 * Sends a crafted request exactly as built: the body as bytes (so fetch adds no Content-Type), or
 * as a stream when the case wants no Content-Length on the wire. Throws on a transport failure or
 * a timeout, with a message naming which.
 */
export async function sendCaseRequest(
  request: CaseRequest,
  { baseUrl, fetch, timeoutMs }: SendOptions,
): Promise<RawResponse> {
  const url = new URL(request.path, baseUrl).toString();
  const controller = new AbortController();
  // Raced as well as signalled: a fetch-like function may ignore its signal.
  const timedOut = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error(`no response within ${timeoutMs} ms`)), {
      once: true,
    });
  });
  timedOut.catch(() => {});
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const body = request.streamBody ? streamOf(request.body) : request.body;
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers: request.headers,
    body,
    signal: controller.signal,
  };
  if (request.streamBody) init.duplex = 'half';
  try {
    // Node's fetch is given the URL and init: handed a Request with a body, it would copy the
    // Request and pipe the body through a TransformStream. Any other fetch-like gets a Request.
    const sent = fetch === globalThis.fetch ? globalThis.fetch(url, init) : fetch(new Request(url, init));
    const response = await Promise.race([sent, timedOut]);
    return {
      status: response.status,
      headers: response.headers,
      text: await Promise.race([response.text(), timedOut]),
    };
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`no response within ${timeoutMs} ms`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(
      `request failed: ${(error as Error).message}${cause?.code ? ` (${cause.code})` : cause?.message ? ` (${cause.message})` : ''}`,
    );
  } finally {
    clearTimeout(timer);
  }
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}
