import { ApiError } from '../errors/api-error.js';
import { isNetworkError, type NetworkError } from '../errors/network-error.js';
import { readCappedText } from './read-capped-answer.js';
import { specLimits } from '../spec/signing-config.js';
import { AttemptSignal } from './attempt-signal.js';
import { createSessionPath } from '../spec/create-session-operation.js';
import { reportNetworkErrors, type ClientFetch } from './report-network-errors.js';
import type { CreateSessionBody, RawSessionClient } from './session-client-types.js';
import { readEnvelopeStatus, type Answer } from './to-api-error.js';

/**
 * How one attempt ended: an answer (any HTTP status), no answer at all, or no answer in time; with
 * the values to keep out of messages about it (the secret, and the signature this attempt sent).
 */
export type AttemptResult = (
  { kind: 'answer'; answer: Answer } | { kind: 'network'; error: NetworkError } | { kind: 'timeout' }
) & {
  secrets: readonly string[];
};

/** One attempt's request. */
export interface AttemptRequest {
  raw: RawSessionClient;
  body: CreateSessionBody;
  idempotencyKey: string | undefined;
  /** The caller's signal: when it aborts, the attempt rejects with its reason. */
  signal: AbortSignal | undefined;
  timeoutMs: number;
  /** The fetch to send with. */
  fetch: ClientFetch;
  /** Values to keep out of error messages. */
  secrets: readonly string[];
  /** The largest answer body read, in bytes. */
  maxAnswerBytes: number;
  /** The serialised body (already checked to serialise). */
  serializedBody: string;
  /**
   * Whether `fetch` is known to reject as soon as the attempt's signal aborts, reading the answer
   * included (Node's own fetch): then the attempt is not raced against its signal as well.
   */
  fetchHonoursSignal?: boolean;
}

/**
 * Sends Create Session once through the signed raw client (so each attempt is signed afresh,
 * with a new X-Date) under a per-attempt time limit that covers reading the answer too. The
 * answer is read here, as a stream and at most `maxAnswerBytes` of it (readCappedText), so a
 * failure mid-body is this attempt's NetworkError. Redirects are never followed (`redirect:
 * 'manual'` on the raw client): a 3xx is an answer the spec does not declare, and a fetch that
 * followed one anyway is refused. Errors other than network failures and timeouts (the caller's
 * abort, a signing error, an oversized or undeclared answer) are thrown as they are.
 */
export async function sendAttempt({
  raw,
  body,
  idempotencyKey,
  signal,
  timeoutMs,
  fetch,
  secrets,
  maxAnswerBytes,
  serializedBody,
  fetchHonoursSignal = false,
}: AttemptRequest): Promise<AttemptResult> {
  const attempt = new AttemptSignal(signal, timeoutMs);
  // The signature sent is as sensitive as the secret while its X-Date is fresh, and a server may
  // echo it back (in client_message, say): it joins the values redacted from this attempt's errors.
  const attemptSecrets = [...secrets];
  // The answer's text, read (capped) by `send`; openapi-fetch gets only its status and headers.
  let answerText = '';
  const send: ClientFetch = async (request, init) => {
    const signature = SIGNATURE.exec(request.headers.get('authorization') ?? '')?.[1];
    if (signature) attemptSecrets.push(signature);
    const response = await fetch(request, init);
    if (response.redirected) {
      await response.body?.cancel().catch(() => undefined);
      throw new ApiError(
        'Create Session was redirected, and redirects are never followed (the body would go to another URL)',
        { method: request.method, url: request.url, httpStatus: response.status },
      );
    }
    const { head, text } = await readCappedText(response, request, maxAnswerBytes, init?.signal);
    answerText = text;
    return head;
  };
  try {
    const sending = raw.POST(createSessionPath, {
      body,
      bodySerializer: () => serializedBody,
      ...(idempotencyKey !== undefined && { params: { header: { 'Idempotency-Key': idempotencyKey } } }),
      fetch: reportNetworkErrors(send, attemptSecrets, attempt.signal),
      // The body is read (capped) by `send` and parsed below: a body that is not JSON must become
      // an ApiError, not a SyntaxError. As a stream, openapi-fetch hands over a 2xx body unread.
      parseAs: 'stream',
    });
    const { data, error, response } = await (fetchHonoursSignal ? sending : attempt.race(sending));
    // openapi-fetch says undefined for an answer without a body (204, Content-Length: 0); for any
    // other, what it read of the bodiless head is ignored and the text read above is parsed.
    const parsed: unknown = (response.ok ? data : error) === undefined ? undefined : parseText(answerText);
    // A string left after parsing was not JSON (or was a JSON string, which no envelope is).
    const json = parsed !== undefined && typeof parsed !== 'string';
    // Kept out of the error: whoever prints it with JSON.stringify would overflow the stack.
    if (json && nestsDeeperThan(parsed, MAX_ANSWER_DEPTH)) {
      const problem = `Create Session got an answer nested deeper than ${MAX_ANSWER_DEPTH} levels (x-ingo-limits.maxAnswerDepth), which no declared answer is`;
      return {
        kind: 'answer',
        answer: {
          httpStatus: response.status,
          response,
          body: `[not kept: ${problem.slice(20)}]`,
          json: false,
          problem,
          envelopeStatus: undefined,
        },
        secrets: attemptSecrets,
      };
    }
    return {
      kind: 'answer',
      answer: { httpStatus: response.status, response, body: parsed, json, envelopeStatus: readEnvelopeStatus(parsed) },
      secrets: attemptSecrets,
    };
  } catch (error) {
    if (attempt.timedOut) return { kind: 'timeout', secrets: attemptSecrets };
    if (signal?.aborted) throw signal.reason;
    if (isNetworkError(error)) return { kind: 'network', error, secrets: attemptSecrets };
    throw error;
  } finally {
    attempt.dispose();
  }
}

const SIGNATURE = /signature\s*=\s*"([^"]+)"/;
const MAX_ANSWER_DEPTH = specLimits.maxAnswerDepth;

/**
 * Whether a parsed JSON value nests arrays and objects deeper than `max` (the root is level 1).
 * Recursive, but never deeper than `max + 1` frames: it stops as soon as the limit is passed.
 */
function nestsDeeperThan(value: unknown, max: number, depth = 1): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth > max) return true;
  for (const key in value) if (nestsDeeperThan((value as Record<string, unknown>)[key], max, depth + 1)) return true;
  return false;
}

// What stays a string after parsing is not JSON.
function parseText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
