/**
 * The mock section: the embedded mock's server CPU per request (read inside the server process)
 * against a minimal verifying node:http server (bench/servers/minimal-verifier-server.ts) under
 * the same autocannon load, plus its rps and p99 against Prism 5.14.2 mocking the same spec. Each
 * server runs in its own process; rounds run the three side by side in rotating order, and every
 * ratio is the median of per-round ratios. Every request is the same signed request without an
 * Idempotency-Key, so each one stages a new session (the stores fill as they would in use).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect, createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { spec } from '../generated/spec.js';
import { mockRoute } from '../src/mock/check-request-head.js';
import { defaultMockCredentials } from '../src/mock/mock-options.js';
import { signRequest } from '../src/signing/sign-request.js';
import type { BenchSectionResult } from './bench-section.js';
import { median, medianRatio, measureRotating, round3 } from './measure-rotating.js';
import { spawnBenchServer, type BenchServer } from './spawn-bench-server.js';

const ROUNDS = 3;
const DURATION_SECONDS = 3;
const WARMUP_SECONDS = 3;
const CONNECTIONS = 10;
const root = fileURLToPath(new URL('..', import.meta.url));

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships CommonJS without types.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

interface LoadFigures {
  rps: number;
  p99: number;
  /** Server CPU per answered request, µs (NaN when not measured). */
  cpuPerRequest: number;
  failures: number;
}

/** One autocannon run of the same signed request against `port`, with the server's CPU per request. */
async function load(port: number, cpu: (() => Promise<number>) | undefined, duration: number): Promise<LoadFigures> {
  const body = JSON.stringify(spec.components.examples.MinimalRequest.value);
  // Signed just before the run: the mock checks X-Date against its clock.
  const headers = await signRequest({ method: 'POST', path: mockRoute.path, body }, defaultMockCredentials, {
    now: new Date(),
  });
  // autocannon writes its own Content-Length; passing ours as well would send two.
  delete headers['Content-Length'];
  const before = await cpu?.();
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${mockRoute.path}`,
    method: 'POST',
    headers,
    body,
    connections: CONNECTIONS,
    duration,
  });
  const after = await cpu?.();
  const cpuPerRequest = before === undefined ? NaN : (after! - before) / result.requests.total;
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    cpuPerRequest,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

export default async function run(): Promise<BenchSectionResult> {
  const servers: BenchServer[] = [];
  try {
    const mock = await spawnBenchServer('mock-server');
    servers.push(mock);
    const minimal = await spawnBenchServer('minimal-verifier-server');
    servers.push(minimal);
    const prism = await spawnPrism();
    servers.push(prism);
    const targets = { mock, minimal, prism };
    // Warm-up: JIT and lazy initialisation; the mock takes a few seconds of load to reach its steady rate.
    for (const server of Object.values(targets)) await load(server.port, undefined, WARMUP_SECONDS);
    const figures: Record<keyof typeof targets, LoadFigures[]> = { mock: [], minimal: [], prism: [] };
    await measureRotating(
      Object.fromEntries(
        Object.entries(targets).map(([name, server]) => [
          name,
          async () => {
            const measured = await load(server.port, name === 'prism' ? undefined : server.cpu, DURATION_SECONDS);
            figures[name as keyof typeof targets].push(measured);
            return measured.rps;
          },
        ]),
      ) as Record<keyof typeof targets, () => Promise<number>>,
      ROUNDS,
    );
    const of = (name: keyof typeof targets, key: keyof LoadFigures) => figures[name].map((each) => each[key]);
    const cpuRatio = medianRatio(of('mock', 'cpuPerRequest'), of('minimal', 'cpuPerRequest'));
    const prismRatio = medianRatio(of('mock', 'rps'), of('prism', 'rps'));
    const mockFailures = of('mock', 'failures').reduce((a, b) => a + b, 0);
    const results = {
      mock_cpu_vs_minimal_verifier: round3(cpuRatio),
      mock_vs_prism_rps_ratio: round3(prismRatio),
      mock_p99_ms: median(of('mock', 'p99')),
      mock_cpu_us_per_request: round3(median(of('mock', 'cpuPerRequest'))),
      minimal_verifier_cpu_us_per_request: round3(median(of('minimal', 'cpuPerRequest'))),
      mock_rps: Math.round(median(of('mock', 'rps'))),
      minimal_verifier_rps: Math.round(median(of('minimal', 'rps'))),
      prism_rps: Math.round(median(of('prism', 'rps'))),
      mock_failures: mockFailures,
    };
    return {
      rows: [
        { name: 'mock server CPU (verify + validate + stage)', value: results.mock_cpu_us_per_request, unit: 'µs/req' },
        {
          name: 'minimal verifying node:http server CPU',
          value: results.minimal_verifier_cpu_us_per_request,
          unit: 'µs/req',
        },
        { name: 'mock_cpu_vs_minimal_verifier', value: cpuRatio, unit: 'ratio', target: '<= 1.6' },
        { name: `mock rps (${CONNECTIONS} connections)`, value: results.mock_rps, unit: 'req/s' },
        { name: 'minimal verifier rps', value: results.minimal_verifier_rps, unit: 'req/s' },
        { name: 'prism 5.14.2 rps', value: results.prism_rps, unit: 'req/s' },
        { name: 'mock_vs_prism_rps_ratio', value: prismRatio, unit: 'ratio', target: '>= 5' },
        { name: `mock_p99_ms (${CONNECTIONS} connections)`, value: results.mock_p99_ms, unit: 'ms', target: '<= 2' },
        { name: 'mock non-2xx + errors (must be 0)', value: mockFailures, unit: 'count', target: '== 0' },
      ],
      results,
    };
  } finally {
    for (const server of servers) server.close();
  }
}

/** Prism, at its quietest logging, on a free port. */
async function spawnPrism(): Promise<BenchServer> {
  const port = await findFreePort();
  const child = spawn(
    process.execPath,
    [
      'node_modules/@stoplight/prism-cli/dist/index.js',
      'mock',
      'openapi/session-management.yaml',
      '-p',
      String(port),
      '-h',
      '127.0.0.1',
      '--errors=false',
      '-v',
      'silent',
    ],
    { cwd: root, stdio: 'ignore' },
  );
  const server = { port, cpu: () => Promise.resolve(NaN), close: () => void child.kill('SIGTERM') };
  try {
    await waitForPort(port, 30_000);
  } catch (error) {
    server.close();
    throw error;
  }
  return server;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on port ${port} after ${timeoutMs} ms`);
}
