import { isResponseTooLargeError } from '../src/errors/response-too-large-error.js';
import { readCappedBody } from '../src/http/read-capped-body.js';
import { inspectJsonText } from '../src/mock/inspect-json-text.js';
import { specLimits } from '../src/spec/signing-config.js';

/**
 * What the suite reads of any answer, at most: the client's cap (`x-ingo-limits.maxAnswerBytes`,
 * the largest answer the spec allows with room to spare) and nesting (`maxAnswerDepth`). A server
 * that passes the suite therefore never sends an answer the client would refuse.
 */
export const answerLimits = {
  maxBytes: specLimits.maxAnswerBytes,
  maxDepth: specLimits.maxAnswerDepth,
} as const;

/** Where an answer came from (for the reader's own errors) and what ends reading it. */
export interface AnswerSource {
  method: string;
  /** The request's URL; any placeholder for a Response that has none (a matcher's). */
  url: string;
  /**
   * The signal of the fetch that brought the answer (a timeout, the run's time limit): its abort
   * errors the body stream, which ends reading, and the abort is rethrown as it is.
   */
  signal?: AbortSignal;
}

/**
 * Reads an answer's body as text through the client's capped reader, the one door every answer
 * the suite reads (catalog, generation, the idempotency model, the reachability probe, the vitest
 * matcher) comes in by. Beyond `answerLimits.maxBytes` (declared or streamed) the body is
 * cancelled, which drops the connection, and an Error says "answer larger than N bytes"; a body
 * nested deeper than `answerLimits.maxDepth` is refused the same way before anything parses it.
 * An abort is rethrown as it is, for the caller to name; a connection that fails mid-body is an
 * Error naming that. Switching to another shared reader changes this file only.
 */
export async function readAnswer(response: Response, { method, url, signal }: AnswerSource): Promise<string> {
  // Checked here, not left to the reader: whichever reader this calls, such an answer is refused the same way.
  if (response.status < 200 || response.status > 599) {
    await response.body?.cancel().catch(() => undefined);
    throw new Error(`answer with HTTP ${response.status}, a status no answer to a request can have`);
  }
  let text: string;
  try {
    text = await readCappedBody(response, { maxBytes: answerLimits.maxBytes, method, url }, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (isResponseTooLargeError(error)) {
      const declared = Number(response.headers.get('content-length') ?? Number.NaN);
      const how = declared > answerLimits.maxBytes ? `Content-Length ${declared}` : 'more bytes than that arrived';
      throw new Error(
        `answer larger than ${answerLimits.maxBytes} bytes (HTTP ${response.status}, ${how}; x-ingo-limits.maxAnswerBytes): the connection was dropped`,
      );
    }
    throw new Error((error as Error).message);
  }
  // Only text that opens as JSON: the braces of an HTML page's script are no nesting to refuse.
  if (!/^\s*[[{]/.test(text)) return text;
  const shape = inspectJsonText(text, { maxDepth: answerLimits.maxDepth, maxMembers: Infinity });
  if ('problem' in shape)
    throw new Error(
      `answer nested deeper than ${answerLimits.maxDepth} levels (HTTP ${response.status}, ${text.length} characters; x-ingo-limits.maxAnswerDepth), which no declared answer is`,
    );
  return text;
}
