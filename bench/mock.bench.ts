/**
 * The mock section of `npm run bench`: autocannon (10 connections, fixed duration, one run each)
 * against (a) a bare node:http server answering a fixed JSON body, (b) the embedded mock with full
 * verification and validation, (c) Prism 5.14.2 mocking the same spec at its quietest logging.
 * Each server runs in its own child process so that autocannon does not share its event loop.
 * Every server gets the same signed request: signed once at start (the X-Date stays within the
 * mock's 300 s skew) and sent without an Idempotency-Key, so every request to the mock stages a
 * new session.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect, createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { spec } from '../generated/spec.js';
import { mockRoute } from '../src/mock/check-request-head.js';
import { defaultMockCredentials } from '../src/mock/mock-options.js';
import { signRequest } from '../src/signing/sign-request.js';
import type { BenchSectionResult } from './bench-section.js';

const DURATION_SECONDS = 5;
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

const bareServer = `
const http = require('node:http');
const body = JSON.stringify(${JSON.stringify(spec.components.examples.Created.value)});
http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(Number(process.argv[1]), '127.0.0.1');
`;

const servers: Record<string, (port: number) => ChildProcess> = {
  bare: (port) => spawn(process.execPath, ['-e', bareServer, String(port)], { stdio: 'ignore' }),
  mock: (port) => spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'mock', '--port', String(port)], { cwd: root, stdio: 'ignore' }),
  prism: (port) =>
    spawn(process.execPath, ['node_modules/@stoplight/prism-cli/dist/index.js', 'mock', 'openapi/session-management.yaml', '-p', String(port), '-h', '127.0.0.1', '--errors=false', '-v', 'silent'], { cwd: root, stdio: 'ignore' }),
};

/** Benchmarks the three servers in turn and compares them. */
export default async function run(): Promise<BenchSectionResult> {
  const body = JSON.stringify(spec.components.examples.MinimalRequest.value);
  const results: Record<string, AutocannonResult> = {};
  for (const [name, start] of Object.entries(servers)) {
    const port = await findFreePort();
    const child = start(port);
    try {
      await waitForPort(port, 30_000);
      // Signed per server, just before its run: the mock checks X-Date against its clock.
      const headers = signRequest({ method: 'POST', path: mockRoute.path, body }, defaultMockCredentials, { now: new Date() });
      // autocannon writes its own Content-Length; passing ours as well would send two.
      delete headers['Content-Length'];
      const url = `http://127.0.0.1:${port}${mockRoute.path}`;
      await autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, duration: 1 }); // warm-up (JIT, lazy init)
      results[name] = await autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, duration: DURATION_SECONDS });
    } finally {
      child.kill('SIGTERM');
    }
  }
  const rps = (name: string) => results[name]!.requests.average;
  const mock = results.mock!;
  const figures = {
    mock_vs_bare_rps_ratio: rps('mock') / rps('bare'),
    mock_vs_prism_rps_ratio: rps('mock') / rps('prism'),
    mock_p99_ms: mock.latency.p99,
    bare_rps: rps('bare'),
    mock_rps: rps('mock'),
    prism_rps: rps('prism'),
    mock_non2xx: mock.non2xx + mock.errors + mock.timeouts,
    prism_non2xx: results.prism!.non2xx,
  };
  return {
    rows: [
      { name: 'bare node:http rps', value: figures.bare_rps, unit: 'req/s' },
      { name: 'mock rps (verify + validate + stage)', value: figures.mock_rps, unit: 'req/s' },
      { name: 'prism 5.14.2 rps', value: figures.prism_rps, unit: 'req/s' },
      { name: 'mock / bare', value: figures.mock_vs_bare_rps_ratio, unit: 'ratio', target: '>= 0.6' },
      { name: 'mock / prism', value: figures.mock_vs_prism_rps_ratio, unit: 'ratio', target: '>= 5' },
      { name: 'mock p99 latency', value: figures.mock_p99_ms, unit: 'ms', target: '<= 5' },
      { name: 'mock non-2xx + errors (must be 0)', value: figures.mock_non2xx, unit: 'count', target: '== 0' },
      { name: 'prism non-2xx', value: figures.prism_non2xx, unit: 'count' },
    ],
    results: figures,
  };
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
