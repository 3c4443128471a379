import { ApiError } from '../errors/api-error.js';
import { isIngoSessionError } from '../errors/ingo-session-error.js';
import { NetworkError, isNetworkError } from '../errors/network-error.js';
import { describeFetchFailure, nestsDeeperThan, readCappedBody } from '../http/read-capped-body.js';
import { parseAuthorization } from '../signing/authorization-header.js';
import { signRequest, type Credentials, type SignOptions } from '../signing/sign-request.js';
import { specLimits } from '../spec/signing-config.js';
import type { ClientFetch } from './session-client-types.js';
import { readEnvelopeStatus, type Answer, type RequestSite } from './to-api-error.js';

/**
 * How one attempt ended: an answer (any HTTP status), no answer at all, or no answer in time; with
 * the values to keep out of messages about it (the secret, and the signature this attempt sent).
 */
export type AttemptResult = (
  { kind: 'answer'; answer: Answer } | { kind: 'network'; error: NetworkError } | { kind: 'timeout' }
) & { secrets: readonly string[] };

/** One attempt's request: everything but the signature, which is made afresh for each attempt. */
export interface AttemptRequest {
  fetch: ClientFetch;
  site: RequestSite;
  /** The path and query signed on the request line. */
  path: string;
  body: string;
  idempotencyKey: string | undefined;
  credentials: Credentials;
  signOptions: SignOptions;
  maxAnswerBytes: number;
  timeoutMs: number;
  /** The caller's signal: when it aborts, the attempt rejects with its reason. */
  signal: AbortSignal | undefined;
  /**
   * Called once the attempt is signed, just before it is sent, with the names signed; what it
   * returns is added unsigned (trace context), never replacing a header already there.
   */
  beforeSend?: (signedHeaders: readonly string[]) => Record<string, string> | undefined;
}

const MAX_ANSWER_DEPTH = specLimits.maxAnswerDepth;
const TOO_DEEP = `an answer nested deeper than ${MAX_ANSWER_DEPTH} levels (x-ingo-limits.maxAnswerDepth), which no declared answer is`;

/**
 * Sends Create Session once: signs it (a new X-Date and signature), sends it with `redirect:
 * 'manual'` (a redirect would carry the body to another URL) under a time limit that covers
 * reading the answer too, reads the answer through the capped reader and parses it. A failure to
 * get an answer is this attempt's `network` result, running out of time its `timeout`; the
 * caller's abort rejects with its reason; anything else (a signing error, an oversized answer) is
 * thrown as it is.
 */
export async function sendAttempt(attempt: AttemptRequest): Promise<AttemptResult> {
  const { site, body, idempotencyKey, credentials, signOptions, timeoutMs, signal } = attempt;
  const headers = await signRequest({ method: site.method, path: attempt.path, body }, credentials, signOptions);
  // The signature is as sensitive as the secret while its X-Date is fresh, and a server may echo it.
  const secrets = [...site.secrets, SIGNATURE.exec(headers.Authorization!)![1]!];
  if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
  const unsigned = attempt.beforeSend?.(parseAuthorization(headers.Authorization!).headers);
  addUnsigned(headers, unsigned);
  const timeout = AbortSignal.timeout(timeoutMs);
  const attemptSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response | undefined;
  try {
    // Raced against the signal too: the time limit holds even with a fetch that ignores signals.
    response = await untilAborted(
      attempt.fetch(site.url, { method: site.method, headers, body, signal: attemptSignal, redirect: 'manual' }),
      attemptSignal,
    );
    const text = await untilAborted(readAnswer(response, attempt, secrets, attemptSignal), attemptSignal);
    return { kind: 'answer', answer: parseAnswer(response, text), secrets };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) return { kind: 'timeout', secrets };
    if (isNetworkError(error)) return { kind: 'network', error, secrets };
    // Whatever fetch itself rejects with means no answer came (refused, reset, DNS, TLS).
    if (response || isIngoSessionError(error)) throw error;
    const failure = new NetworkError(`network error: ${describeFetchFailure(error)}`, {
      ...site,
      cause: error,
      secrets,
    });
    return { kind: 'network', error: failure, secrets };
  }
}

/** The answer's text: refused at once when no declared answer can have its status or it followed a redirect. */
async function readAnswer(
  response: Response,
  { site, maxAnswerBytes }: AttemptRequest,
  secrets: readonly string[],
  signal: AbortSignal,
): Promise<string> {
  const refusal =
    response.redirected || response.type === 'opaqueredirect'
      ? 'Create Session was redirected, and redirects are never followed (the body would go to another URL)'
      : response.status < 200 || response.status > 599
        ? `Create Session got an answer the spec does not declare: HTTP ${response.status}`
        : undefined;
  if (refusal) {
    await response.body?.cancel().catch(() => undefined);
    throw new ApiError(refusal, { ...site, secrets, httpStatus: response.status });
  }
  return readCappedBody(response, { maxBytes: maxAnswerBytes, method: site.method, url: site.url }, signal);
}

/** The answer as data: parsed JSON, or the text when it is not JSON (or nests too deep to keep). */
export function parseAnswer(response: Response, text: string): Answer {
  const httpStatus = response.status;
  let parsed: unknown = text === '' ? undefined : text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // What is not JSON stays text.
  }
  // Kept out of the error: whoever prints it with JSON.stringify would overflow the stack.
  if (nestsDeeperThan(parsed, MAX_ANSWER_DEPTH))
    return {
      httpStatus,
      response,
      body: `[not kept: ${TOO_DEEP}]`,
      json: false,
      problem: `Create Session got ${TOO_DEEP}`,
      envelopeStatus: undefined,
    };
  // A string is not JSON here (or is a JSON string, which no envelope is).
  const json = parsed !== undefined && typeof parsed !== 'string';
  return { httpStatus, response, body: parsed, json, envelopeStatus: readEnvelopeStatus(parsed) };
}

/** Adds headers that are not signed, after signing: none may replace or shadow one already there. */
function addUnsigned(headers: Record<string, string>, unsigned: Record<string, string> | undefined): void {
  if (!unsigned) return;
  const taken = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  for (const [name, value] of Object.entries(unsigned))
    if (typeof value === 'string' && !taken.has(name.toLowerCase())) headers[name] = value;
}

/** Settles like `work`, or rejects with the signal's reason as soon as it aborts. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

const SIGNATURE = /signature="([^"]+)"/;
