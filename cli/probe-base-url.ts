import { createSessionPath } from '../src/spec/create-session-operation.js';

/**
 * Sends one unsigned HEAD to the Create Session path and reports whether anything answered: any
 * HTTP status (401, 404, 405…) means the server is reachable; a refused connection, an unknown
 * host or no answer in time is returned as a short reason. Lets a command stop after one probe
 * instead of failing every case on the same transport error.
 */
export async function probeBaseUrl(
  baseUrl: string,
  { timeoutMs = 10_000, fetch = globalThis.fetch }: { timeoutMs?: number; fetch?: typeof globalThis.fetch } = {},
): Promise<string | undefined> {
  try {
    const response = await fetch(`${baseUrl}${createSessionPath}`, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return undefined;
  } catch (error) {
    const { name, cause } = error as Error & { cause?: { code?: string; message?: string } };
    if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`;
    return cause?.code ?? cause?.message ?? (error as Error).message;
  }
}
