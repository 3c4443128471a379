/**
 * The client section of `npm run bench`: `client_overhead_us`, what the full client adds to one
 * Create Session call (validation, Idempotency-Key, signing, timeout signal, retry bookkeeping,
 * answer classification) over an unsigned openapi-fetch POST of the same body. Both run against
 * the same in-process fetch handler, which answers a fixed valid 200, in the same run, in
 * rounds of back-to-back batches so that drift of a shared machine falls on both.
 */
import createClient from 'openapi-fetch';
import { spec } from '../generated/spec.js';
import { createSessionClient } from '../src/client/create-session-client.js';
import { createSessionPath } from '../src/spec/create-session-operation.js';
import type { CreateSessionBody, SignedPaths } from '../src/client/session-client-types.js';
import type { BenchSectionResult } from './bench-section.js';

const BASE_URL = 'http://bench.invalid';
const ROUNDS = 41;
const CALLS_PER_BATCH = 200;
const WARMUP_CALLS = 4_000;

const body = spec.components.examples.MinimalRequest.value as CreateSessionBody;
const answer = JSON.stringify(spec.components.examples.Created.value);
const handler = async (_request: Request) => new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } });

/**
 * CPU time per call of one batch, in µs. CPU time rather than wall time: the work is all on this
 * process's CPU (the handler is in-process), and on a shared machine wall time mostly measures
 * how long other processes held the cores.
 */
async function timeBatch(call: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < CALLS_PER_BATCH; i++) await call();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / CALLS_PER_BATCH;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export default async function run(): Promise<BenchSectionResult> {
  const client = createSessionClient({ username: 'bench', secret: 'bench-secret', baseUrl: BASE_URL, fetch: handler, rateLimit: false });
  const plain = createClient<SignedPaths>({ baseUrl: BASE_URL, fetch: handler });
  const full = async () => {
    const result = await client.createSession(body);
    if (!result.data) throw new Error('bench: the client did not succeed');
  };
  const unsigned = async () => {
    const result = await plain.POST(createSessionPath, { body });
    if (!result.data) throw new Error('bench: the plain POST did not succeed');
  };

  for (let i = 0; i < WARMUP_CALLS; i++) {
    await full();
    await unsigned();
  }
  // Each round times plain, client, plain again back to back; the round's overhead is the client
  // batch minus the mean of the two plain batches around it, so drift in the machine's load
  // cancels within the round. The figure is the median over rounds.
  const clientTimes: number[] = [];
  const plainTimes: number[] = [];
  const overheads: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const before = await timeBatch(unsigned);
    const client = await timeBatch(full);
    const after = await timeBatch(unsigned);
    clientTimes.push(client);
    plainTimes.push(before, after);
    overheads.push(client - (before + after) / 2);
  }
  const clientUs = median(clientTimes);
  const plainUs = median(plainTimes);
  const overhead = median(overheads);
  return {
    rows: [
      { name: 'createSession (full client)', value: clientUs, unit: 'µs/call' },
      { name: 'unsigned openapi-fetch POST', value: plainUs, unit: 'µs/call' },
      { name: 'client_overhead_us', value: overhead, unit: 'µs', target: '<= 25' },
    ],
    results: { client_overhead_us: Number(overhead.toFixed(2)) },
  };
}
