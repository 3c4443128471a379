import type { CaseRequest } from './conformance-case.js';
import { readAnswer } from './read-answer.js';

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
  /** Ends every request at once, sent or not: the run's time limit. */
  signal?: AbortSignal;
}

/** Why a request ended when the run's signal did: the run's time limit was reached. */
export const RUN_TIME_LIMIT_REACHED = "the run's time limit was reached";

/**
 * Sends a crafted request exactly as built: the body as bytes (so fetch adds no Content-Type), or
 * as a stream when the case wants no Content-Length on the wire. The answer is read through the
 * suite's one capped reader (readAnswer): too large or too deep, it is refused at once and the
 * connection dropped. Throws on a transport failure, a refused answer, a timeout (no answer, or
 * one that never finishes, within `timeoutMs`) or the run's end, with a message naming which.
 */
export async function sendCaseRequest(
  request: CaseRequest,
  { baseUrl, fetch, timeoutMs, signal: runSignal }: SendOptions,
): Promise<RawResponse> {
  if (runSignal?.aborted) throw new Error(RUN_TIME_LIMIT_REACHED);
  const url = new URL(request.path, baseUrl).toString();
  const timeout = new AbortController();
  const signal = runSignal ? AbortSignal.any([timeout.signal, runSignal]) : timeout.signal;
  // Raced as well as signalled: a fetch-like function may ignore its signal.
  const stopped = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
  stopped.catch(() => {});
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const body = request.streamBody ? streamOf(request.body) : request.body;
  // A redirect is an answer to judge, never followed: nothing the suite sends reaches another origin.
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers: request.headers,
    body,
    signal,
    redirect: 'manual',
  };
  if (request.streamBody) init.duplex = 'half';
  let response: Response | undefined;
  try {
    // Node's fetch is given the URL and init: handed a Request with a body, it would copy the
    // Request and pipe the body through a TransformStream. Any other fetch-like gets a Request.
    const sent = fetch === globalThis.fetch ? globalThis.fetch(url, init) : fetch(new Request(url, init));
    response = await Promise.race([sent, stopped]);
    const text = await Promise.race([readAnswer(response, { method: request.method, url, signal }), stopped]);
    return { status: response.status, headers: response.headers, text };
  } catch (error) {
    const failure = describeFailure(error, response);
    // However it failed, the request is aborted: cancelling a body alone can leave undici's socket
    // open (until its keep-alive timeout) with the server still sending.
    timeout.abort();
    throw failure;
  } finally {
    clearTimeout(timer);
  }

  function describeFailure(error: unknown, response: Response | undefined): Error {
    if (runSignal?.aborted) return new Error(RUN_TIME_LIMIT_REACHED);
    if (timeout.signal.aborted)
      return new Error(
        response === undefined
          ? `no response within ${timeoutMs} ms`
          : `the answer (HTTP ${response.status}) did not finish within ${timeoutMs} ms: the connection was dropped`,
      );
    // The reader's refusals and mid-body failures already say what happened.
    if (response !== undefined) return error as Error;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return new Error(
      `request failed: ${(error as Error).message}${cause?.code ? ` (${cause.code})` : cause?.message ? ` (${cause.message})` : ''}`,
    );
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
