import fc from 'fast-check';
import { createSessionPath } from '../src/spec/create-session-operation.js';
import { startMock } from '../src/mock/start-mock.js';
import {
  fetchRequestArbitrary,
  rawRequestArbitrary,
  signedRawRequest,
  type FetchFuzzInput,
} from './http-fuzz-inputs.js';
import { minimalBodyText, reliabilityCredentials, reliabilityFixedNow } from './reliability-fixtures.js';
import { runBounded } from './run-bounded.js';
import { countBy } from './count-by.js';
import { sendRaw } from './send-raw.js';

/** How many hostile inputs go to the mock's HTTP surface. */
export interface HttpFuzzOptions {
  /** Raw TCP inputs (any bytes). */
  rawInputs: number;
  /** Inputs sent with fetch (valid HTTP, hostile content). */
  fetchInputs: number;
  seed: number;
  /** Connections at once. */
  concurrency: number;
  /** How long to wait for an answer; the mock runs with 1 s head and body timeouts. */
  waitMs: number;
  /** Starts the server under test; the mock by default (tests pass a broken one to see it caught). */
  start?: () => Promise<{ url: string; close(): Promise<void> }>;
}

/** The figures of an HTTP fuzz run and what it found (`failures`, empty on a pass). */
export interface HttpFuzzReport {
  rawInputs: number;
  fetchInputs: number;
  /** Every status received (raw and fetch), with its count. */
  statuses: Record<string, number>;
  /** Raw connections closed, or cut at `waitMs`, without an answer (node drops some junk unanswered). */
  rawUnanswered: number;
  /** Fetches that got no answer. */
  fetchUnanswered: number;
  /** Generated inputs that fetch itself refused to send (an invalid header value, say). */
  fetchRefused: number;
  fiveXx: number;
  /** A valid request after the run: its status (200 when the mock survived). */
  statusAfter: number | undefined;
  failures: string[];
}

/**
 * Fuzzes the mock's HTTP surface: fast-check draws (seeded) raw byte streams for a TCP
 * connection and hostile requests for fetch, sent `concurrency` at a time. Passes when nothing
 * is answered with a 5xx and the mock still answers a valid request with 200 afterwards. Every
 * input that got a 5xx is quoted in `failures` for a reproduction.
 */
export async function runHttpFuzz(options: HttpFuzzOptions): Promise<HttpFuzzReport> {
  const start =
    options.start ??
    (() =>
      startMock({
        credentials: reliabilityCredentials,
        now: () => reliabilityFixedNow,
        headersTimeoutMs: 1_000,
        requestTimeoutMs: 1_000,
        keepAliveTimeoutMs: 1_000,
      }));
  const mock = await start();
  const failures: string[] = [];
  const statuses: number[] = [];
  let rawUnanswered = 0;
  let fetchUnanswered = 0;
  let fetchRefused = 0;
  const flag = (status: number, input: string) => {
    if (status >= 500 && failures.length < 10)
      failures.push(`http fuzz: ${status} for ${JSON.stringify(input.slice(0, 400))}`);
  };
  try {
    const raw = fc.sample(rawRequestArbitrary(await signedRawRequest(minimalBodyText, reliabilityFixedNow)), {
      seed: options.seed,
      numRuns: options.rawInputs,
    });
    await runBounded(raw.length, options.concurrency, async (index) => {
      const input = raw[index]!;
      const exchange = await sendRaw(mock.url, input, { waitMs: options.waitMs });
      if (exchange.statuses.length === 0) rawUnanswered += 1;
      for (const status of exchange.statuses) {
        statuses.push(status);
        flag(status, input.toString('latin1'));
      }
    });
    const requests = await Promise.all(
      fc.sample(fetchRequestArbitrary(reliabilityFixedNow), { seed: options.seed, numRuns: options.fetchInputs }),
    );
    await runBounded(requests.length, options.concurrency, async (index) => {
      const outcome = await sendFetch(mock.url, requests[index]!, options.waitMs);
      if (outcome === 'refused') fetchRefused += 1;
      else if (outcome === 'unanswered') fetchUnanswered += 1;
      else {
        statuses.push(outcome);
        flag(outcome, JSON.stringify(requests[index]));
      }
    });
    const after = await sendFetch(
      mock.url,
      { method: 'POST', target: createSessionPath, headers: await signedHeaders(), body: minimalBodyText },
      5_000,
    );
    const statusAfter = typeof after === 'number' ? after : undefined;
    if (statusAfter !== 200) failures.push(`http fuzz: after the run a valid request got ${after}, not 200`);
    const fiveXx = statuses.filter((status) => status >= 500).length;
    if (fiveXx > 0) failures.unshift(`http fuzz: ${fiveXx} answers were 5xx (must be 0)`);
    return {
      rawInputs: raw.length,
      fetchInputs: requests.length,
      statuses: countBy(statuses.map(String)),
      rawUnanswered,
      fetchUnanswered,
      fetchRefused,
      fiveXx,
      statusAfter,
      failures,
    };
  } finally {
    await mock.close();
  }
}

async function signedHeaders(): Promise<Record<string, string>> {
  const lines = (await signedRawRequest(minimalBodyText, reliabilityFixedNow))
    .split('\r\n\r\n')[0]!
    .split('\r\n')
    .slice(1);
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
  );
  delete headers['Content-Length'];
  delete headers.Host;
  return headers;
}

async function sendFetch(
  baseUrl: string,
  input: FetchFuzzInput,
  waitMs: number,
): Promise<number | 'refused' | 'unanswered'> {
  let request: Request;
  try {
    // Appended, never resolved: a target such as `//host/` must not leave the loopback mock.
    request = new Request(`${baseUrl}${input.target}`, {
      method: input.method,
      headers: input.headers,
      body: input.body ?? null,
    });
  } catch {
    return 'refused';
  }
  if (new URL(request.url).origin !== new URL(baseUrl).origin) return 'refused';
  try {
    const response = await fetch(request, { signal: AbortSignal.timeout(waitMs) });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    // undici checks header values only when it writes them: that is a refusal, not the mock's doing.
    return (error as { cause?: { code?: unknown } }).cause?.code === 'UND_ERR_INVALID_ARG' ? 'refused' : 'unanswered';
  }
}
