import { isIngoSessionError } from '../errors/ingo-session-error.js';
import { NetworkError } from '../errors/network-error.js';

/** A fetch as the client calls it: the request, and the attempt's signal as `init.signal`. */
export type ClientFetch = (request: Request, init?: { signal?: AbortSignal }) => Promise<Response>;

/**
 * Wraps a fetch for one attempt: passes the attempt's `signal` as `fetch(request, { signal })`,
 * and turns a failure to get any answer (refused, reset, DNS, TLS) into a NetworkError naming the
 * method and URL. Aborts are passed through untouched: they are the caller's or the time limit's
 * doing, not the network's; so are errors of this library (a fetch wrapper that read the answer
 * already classified what went wrong).
 *
 * Why the signal goes to fetch and not into the Request openapi-fetch builds: Node's fetch copies
 * its input into a new Request, and each Request that follows a signal costs a listener and a
 * finalizer; given to fetch, that cost is paid once instead of twice.
 */
export function reportNetworkErrors(
  fetch: ClientFetch,
  secrets: readonly string[],
  signal?: AbortSignal,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await (signal ? fetch(request, { signal }) : fetch(request));
    } catch (error) {
      if (signal?.aborted || request.signal.aborted || isIngoSessionError(error)) throw error;
      throw new NetworkError(`network error: ${describeFetchFailure(error)}`, {
        method: request.method,
        url: request.url,
        cause: error,
        secrets,
      });
    }
  };
}

/** Node's fetch says only "fetch failed" and keeps the reason (ECONNREFUSED, …) in `cause`. */
export function describeFetchFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && cause !== error.message ? `${error.message}: ${cause}` : error.message;
}
