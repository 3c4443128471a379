/**
 * The client section: `createSession` against a hand-rolled minimal signed call (stringify,
 * SHA-512, HMAC, headers, the same fetch, JSON parse), both over loopback HTTP to the same bare
 * server in another process; the figure is this process's CPU per call (the server's CPU is not
 * the client's cost, and wall time on a shared machine mostly measures other processes). The
 * in-process variant sends both through the same in-process fetch handler. Batches run side by
 * side in rotating order; ratios are medians of per-round ratios.
 *
 * client_vs_handrolled_http is a reported figure with a guard against gross regressions only (the
 * client is paced to 5 calls/s and waits on the network): see bench/README.md.
 *
 * The client is the compiled one in dist/ (built first when stale), as users run it: under tsx,
 * every closure made per call also pays esbuild's name-keeping helper. A batch is long enough to
 * hold several young-generation collections (each call allocates about 100 KB, most of it in
 * Node's fetch), so that no batch is measured with none: with 100 calls per batch, per-batch
 * figures were bimodal and the median ratio moved by ±0.04 from run to run.
 */
import { spec } from '../generated/spec.js';
import type { SessionClientOptions, SessionClient } from '../src/client/session-client-types.js';
// @ts-expect-error plain JavaScript (it must run before anything is compiled), without types.
import { ensureDist } from '../scripts/run-compiled-cli.mjs';
import { createSessionPath } from '../src/spec/create-session-operation.js';
import { verifyRequest } from '../src/signing/verify-request.js';
import type { BenchSectionResult } from './bench-section.js';
import { cpuMicros, median, medianRatio, measureRotating, round3 } from './measure-rotating.js';
import { spawnBenchServer } from './spawn-bench-server.js';
import { benchBody, benchCredentials, signByHand } from './hand-rolled-signing.js';

const ROUNDS = 15;
const CALLS_PER_BATCH = 500;
const WARMUP_CALLS = 2_000;
const credentials = benchCredentials;
const body = benchBody;
const answer = JSON.stringify(spec.components.examples.Created.value);

type FetchLike = (input: Request | string, init?: RequestInit) => Promise<Response>;

/** What a careful user would write by hand: one signed fetch, nothing else. */
function handRolledCall(fetch: FetchLike, url: string) {
  return async () => {
    const { text, headers } = signByHand();
    const response = await fetch(url, { method: 'POST', headers, body: text });
    return (await response.json()) as { status: number };
  };
}

/** CPU time of this process per call over one batch, in µs. */
async function timeBatch(call: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < CALLS_PER_BATCH; i++) await call();
  return cpuMicros(start) / CALLS_PER_BATCH;
}

/** The two calls against one transport, measured side by side. */
async function compare(
  createSessionClient: (options: SessionClientOptions) => SessionClient,
  fetch: FetchLike,
  baseUrl: string,
) {
  const client = createSessionClient({
    ...credentials,
    baseUrl,
    fetch: fetch as typeof globalThis.fetch,
    rateLimit: false,
  });
  const full = async () => {
    const result = await client.createSession(body);
    if (!result.data) throw new Error('bench: the client did not succeed');
  };
  const hand = handRolledCall(fetch, `${baseUrl}${createSessionPath}`);
  const handRolled = async () => {
    if ((await hand()).status !== 100) throw new Error('bench: the hand-rolled call did not succeed');
  };
  for (let i = 0; i < WARMUP_CALLS; i++) {
    await full();
    await handRolled();
  }
  return measureRotating({ client: () => timeBatch(full), handRolled: () => timeBatch(handRolled) }, ROUNDS);
}

export default async function run(): Promise<BenchSectionResult> {
  (ensureDist as () => boolean)();
  const { createSessionClient } = (await import(
    new URL('../dist/src/client/create-session-client.js', import.meta.url).href
  )) as { createSessionClient: (options: SessionClientOptions) => SessionClient };
  // The hand-rolled call must be a correct one, or the comparison means nothing.
  const inProcess: FetchLike = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    await request.arrayBuffer();
    return new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } });
  };
  let checked: Awaited<ReturnType<typeof verifyRequest>> | undefined;
  await handRolledCall(async (input, init) => {
    const request = new Request(input, init);
    const text = await request.text();
    checked = await verifyRequest(
      { method: 'POST', path: createSessionPath, headers: request.headers, body: text },
      (name) => (name === credentials.username ? credentials.secret : undefined),
    );
    return new Response(answer);
  }, `http://bench.invalid${createSessionPath}`)();
  if (!checked?.ok)
    throw new Error(
      `bench setup: the hand-rolled call is not correctly signed (${checked && !checked.ok ? checked.reason : '?'})`,
    );

  const server = await spawnBenchServer('bare-server');
  let http;
  try {
    http = await compare(createSessionClient, globalThis.fetch, `http://127.0.0.1:${server.port}`);
  } finally {
    server.close();
  }
  const local = await compare(createSessionClient, inProcess, 'http://bench.invalid');
  const httpRatio = medianRatio(http.client, http.handRolled);
  const localRatio = medianRatio(local.client, local.handRolled);
  return {
    rows: [
      { name: 'createSession over loopback HTTP (client CPU)', value: median(http.client), unit: 'µs/call' },
      { name: 'hand-rolled signed fetch over loopback HTTP', value: median(http.handRolled), unit: 'µs/call' },
      { name: 'client_vs_handrolled_http', value: httpRatio, unit: 'ratio', target: '<= 1.6 (guard)' },
      { name: 'createSession in-process', value: median(local.client), unit: 'µs/call' },
      { name: 'hand-rolled signed call in-process', value: median(local.handRolled), unit: 'µs/call' },
      { name: 'client_vs_handrolled_inprocess', value: localRatio, unit: 'ratio' },
    ],
    results: {
      client_vs_handrolled_http: round3(httpRatio),
      client_vs_handrolled_inprocess: round3(localRatio),
      client_http_cpu_us: round3(median(http.client)),
      handrolled_http_cpu_us: round3(median(http.handRolled)),
      client_inprocess_us: round3(median(local.client)),
      handrolled_inprocess_us: round3(median(local.handRolled)),
    },
  };
}
