import { parseAuthorization } from '../src/signing/authorization-header.js';

/** A fetch as the client calls it: `fetch(url, init)` (createSession) or `fetch(request)` (the raw client). */
export type AttemptFetch = (input: string | Request, init?: RequestInit) => Promise<Response>;

/** One request the client sent, as seen on its way out. */
export interface AttemptRecord {
  /** The call this attempt belongs to: `participant_unique_id1` of its body, when the body is JSON. */
  tag: string | undefined;
  /** The Idempotency-Key header, as sent. */
  idempotencyKey: string | undefined;
  /** The Base64 signature of the Authorization header, for the secrets scan. */
  signature: string | undefined;
  /** The HTTP status of the answer, or undefined when no answer came (the fetch rejected). */
  httpStatus: number | undefined;
}

/**
 * Wraps the client's fetch to record every attempt: which call it belongs to (read from the body,
 * since concurrent calls share one client), the Idempotency-Key actually sent (the client mints one
 * when the caller gives none), the signature and the HTTP status. This is how the chaos run counts
 * attempts and learns the key of each call without reaching into the client.
 */
export function recordAttempts(fetch: AttemptFetch): { fetch: AttemptFetch; attempts: AttemptRecord[] } {
  const attempts: AttemptRecord[] = [];
  const recording: AttemptFetch = async (input, init) => {
    const request = new Request(input, init);
    const record: AttemptRecord = {
      tag: readTag(await readBodyText(request)),
      idempotencyKey: request.headers.get('idempotency-key') ?? undefined,
      signature: readSignature(request.headers.get('authorization')),
      httpStatus: undefined,
    };
    attempts.push(record);
    const response = await fetch(request);
    record.httpStatus = response.status;
    return response;
  };
  return { fetch: recording, attempts };
}

// Read through a clone: the request is still sent whole.
async function readBodyText(request: Request): Promise<string> {
  return request.body === null ? '' : request.clone().text();
}

function readTag(body: string): string | undefined {
  try {
    const id = (JSON.parse(body) as { participant_unique_id1?: unknown }).participant_unique_id1;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

function readSignature(authorization: string | null): string | undefined {
  if (authorization === null) return undefined;
  try {
    return parseAuthorization(authorization).signature;
  } catch {
    return undefined;
  }
}
