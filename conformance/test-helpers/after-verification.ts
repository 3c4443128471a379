import { parseHttpDate } from '../../src/signing/http-date.js';
import { signRequest, type Credentials } from '../../src/signing/sign-request.js';
import { verifyRequest } from '../../src/signing/verify-request.js';
import { signingConfig } from '../../src/spec/signing-config.js';
import type { FetchLike } from '../send-case-request.js';
import { copyRequest } from './broken-mocks.js';

/** What a defect sees of a correctly signed request. */
export interface Received {
  text: string;
  body: Record<string, unknown> | undefined;
  key: string | undefined;
}

/** A defect's decision: answer directly, forward another body (re-signed), or forward as received (undefined). */
export type Decision = Response | { forward: string } | undefined;

/**
 * Applies `defect` to correctly signed requests only (verified on the mock's clock), as a real
 * server would after its signature check; anything else goes to the mock unchanged.
 */
export function afterVerification(
  handler: FetchLike,
  credentials: Credentials,
  now: () => number,
  defect: (received: Received) => Decision | Promise<Decision>,
): FetchLike {
  return async (request) => {
    const bytes = new Uint8Array(await request.arrayBuffer());
    const url = new URL(request.url);
    const path = url.pathname + url.search;
    const verdict = await verifyRequest(
      { method: request.method, path, headers: request.headers, body: bytes },
      (user) => (user === credentials.username ? credentials.secret : undefined),
      { now: now() },
    );
    if (!verdict.ok) return handler(copyRequest(request, bytes));
    const text = Buffer.from(bytes).toString('utf8');
    let body: Record<string, unknown> | undefined;
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
        body = parsed as Record<string, unknown>;
    } catch {
      body = undefined;
    }
    const decision = await defect({
      text,
      body,
      key: request.headers.get(signingConfig.idempotency.header) ?? undefined,
    });
    if (decision instanceof Response) return decision;
    if (decision === undefined) return handler(copyRequest(request, bytes));
    const date = parseHttpDate(request.headers.get(signingConfig.dateHeader) ?? '') ?? now();
    const signed = await signRequest({ method: request.method, path, body: decision.forward }, credentials, {
      now: new Date(date),
    });
    const headers = new Headers(request.headers);
    for (const [name, value] of Object.entries(signed)) headers.set(name, value);
    return handler(new Request(request.url, { method: request.method, headers, body: decision.forward }));
  };
}
