import { createSessionPath } from '../src/spec/create-session-operation.js';
import { readAnswer } from './read-answer.js';

/**
 * Sends one unsigned HEAD to the Create Session path and reports whether anything answered: any
 * HTTP status (401, 404, 405…) means the server is reachable; a refused connection, an unknown
 * host or no answer in time is returned as a short reason. Lets a run stop after one probe
 * instead of failing every case on the same transport error. The answer goes through the suite's
 * capped reader like every other (a HEAD answer has no body, but a broken server may send one):
 * whatever the reader refuses, the head arrived, so the server is reachable.
 */
export async function probeBaseUrl(
  baseUrl: string,
  { timeoutMs = 10_000, fetch = globalThis.fetch }: { timeoutMs?: number; fetch?: typeof globalThis.fetch } = {},
): Promise<string | undefined> {
  const url = `${baseUrl}${createSessionPath}`;
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { method: 'HEAD', redirect: 'manual', signal });
  } catch (error) {
    const { name, cause } = error as Error & { cause?: { code?: string; message?: string } };
    if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`;
    return cause?.code ?? cause?.message ?? (error as Error).message;
  }
  await readAnswer(response, { method: 'HEAD', url, signal }).catch(() => undefined);
  return undefined;
}
