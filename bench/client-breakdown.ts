/**
 * Where the client's CPU per call goes over loopback HTTP, step by step from the hand-rolled floor
 * of bench/client.bench.ts to `createSession`: each step adds one thing a call does, and each
 * runs in a process of its own (a fresh JIT: measured side by side in one process, the steps slow
 * each other down through the fetch code they share), rounds rotating the order, medians over
 * rounds. Not a section of `npm run bench` (it takes a few minutes); run it by hand:
 *
 *   npx tsx bench/client-breakdown.ts [rounds]
 *
 * The client steps use the compiled dist/ (built first when stale), as users run it.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createSessionPath } from '../src/spec/create-session-operation.js';
// @ts-expect-error plain JavaScript (it must run before anything is compiled), without types.
import { ensureDist } from '../scripts/run-compiled-cli.mjs';
import { cpuMicros, median } from './measure-rotating.js';
import { benchBody, benchCredentials, signByHand } from './hand-rolled-signing.js';
import { spawnBenchServer } from './spawn-bench-server.js';

const STEPS = [
  'hand-rolled',
  '+ Idempotency-Key',
  '+ timeout signal',
  '+ Request built first',
  'openapi-fetch + middleware',
  'createSession',
] as const;
type Step = (typeof STEPS)[number];
const credentials = benchCredentials;
const body = benchBody;
const dist = (path: string) => import(new URL(`../dist/src/${path}`, import.meta.url).href);

/** The hand-rolled call of client.bench.ts, with the steps up to "+ Request built first" added. */
function handRolled(url: string, upTo: number) {
  return async () => {
    const { text, headers } = signByHand();
    if (upTo >= 1) headers['Idempotency-Key'] = randomUUID();
    const controller = upTo >= 2 ? new AbortController() : undefined;
    const timer = controller && setTimeout(() => controller.abort(), 10_000);
    let response: Response;
    if (upTo >= 3) {
      // openapi-fetch's shape: a Request built from merged Headers, signed headers set on it, then
      // handed to Node's fetch as URL and init (forwardToNodeFetch).
      const request = new Request(url, {
        method: 'POST',
        headers: new Headers({ 'Content-Type': 'application/json', 'Idempotency-Key': headers['Idempotency-Key']! }),
        body: text,
        redirect: 'manual',
      });
      for (const name in headers) request.headers.set(name, headers[name]!);
      response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: text,
        redirect: request.redirect,
        signal: controller!.signal,
      });
    } else {
      response = await fetch(url, {
        method: 'POST',
        headers,
        body: text,
        ...(controller && { signal: controller.signal }),
      });
    }
    const answer = (await response.json()) as { status: number };
    clearTimeout(timer);
    if (answer.status !== 100) throw new Error('bench: the hand-rolled call did not succeed');
  };
}

/** openapi-fetch with the signing middleware and the client's transport, as createSession sends. */
async function openapiFetchCall(baseUrl: string) {
  const { default: createClient } = await import('openapi-fetch');
  const { BodySourceRequest, signingMiddleware } = await dist('signing/signing-middleware.js');
  const { forwardToNodeFetch } = await dist('client/forward-to-node-fetch.js');
  const raw = createClient<Record<string, never>>({ baseUrl, Request: BodySourceRequest, redirect: 'manual' });
  raw.use(signingMiddleware(credentials));
  const transport = forwardToNodeFetch(globalThis.fetch);
  return async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 10_000);
    const options = {
      body,
      params: { header: { 'Idempotency-Key': randomUUID() } },
      parseAs: 'stream',
      fetch: (request: Request) => transport(request, { signal: controller.signal }),
    };
    const { response } = await (raw.POST as (path: string, init: object) => Promise<{ response: Response }>)(
      createSessionPath,
      options,
    );
    const answer = (await response.json()) as { status: number };
    clearTimeout(timer);
    if (answer.status !== 100) throw new Error('bench: the openapi-fetch call did not succeed');
  };
}

/** One step in this process: client CPU µs per call, median of batches. */
async function measureStep(step: Step): Promise<number> {
  const server = await spawnBenchServer('bare-server');
  try {
    const baseUrl = `http://127.0.0.1:${server.port}`;
    let call: () => Promise<unknown>;
    if (step === 'createSession') {
      const { createSessionClient } = await dist('client/create-session-client.js');
      const client = createSessionClient({ ...credentials, baseUrl, rateLimit: false });
      call = async () => {
        if (!(await client.createSession(body)).data) throw new Error('bench: the client did not succeed');
      };
    } else if (step === 'openapi-fetch + middleware') call = await openapiFetchCall(baseUrl);
    else call = handRolled(`${baseUrl}${createSessionPath}`, STEPS.indexOf(step));
    for (let i = 0; i < 2_000; i++) await call();
    const batches: number[] = [];
    for (let b = 0; b < 15; b++) {
      const start = process.cpuUsage();
      for (let i = 0; i < 300; i++) await call();
      batches.push(cpuMicros(start) / 300);
    }
    return median(batches);
  } finally {
    server.close();
  }
}

const [stepArgument] = process.argv.slice(2);
if (STEPS.includes(stepArgument as Step)) {
  process.stdout.write(`${await measureStep(stepArgument as Step)}\n`);
} else {
  (ensureDist as () => boolean)();
  const rounds = Number(stepArgument ?? 5);
  const samples = new Map<Step, number[]>(STEPS.map((step) => [step, []]));
  const self = fileURLToPath(import.meta.url);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < STEPS.length; i++) {
      const step = STEPS[(round + i) % STEPS.length]!;
      const output = execFileSync(process.execPath, ['--import', 'tsx', self, step], { encoding: 'utf8' });
      samples.get(step)!.push(Number(output.trim()));
    }
    process.stderr.write(`client-breakdown: round ${round + 1}/${rounds}\n`);
  }
  const floor = median(samples.get('hand-rolled')!);
  let previous = floor;
  console.log('step                          µs/call   step  vs hand-rolled');
  for (const step of STEPS) {
    const value = median(samples.get(step)!);
    console.log(
      `${step.padEnd(28)} ${value.toFixed(1).padStart(8)} ${(value - previous >= 0 ? '+' : '') + (value - previous).toFixed(1).padStart(6)}  ${(value / floor).toFixed(3)}`,
    );
    previous = value;
  }
}
