/**
 * The explain section (no ratio: a bound): the worst case of explain's signature search, a
 * signature that nothing reproduces, so every phase runs until the search ends or reaches its
 * bound (MAX_CANDIDATES HMACs or MAX_HASHED_BYTES). Three requests: the quick-start one (five
 * signed names, whole search), a larger one (six signed names, a query, a non-ASCII body, a Date
 * header) and one signing thirty long headers, both of which reach the bound. Each is signed here with another secret than the one explain is given, at a fixed time.
 * Reported: the first call of the process (what a CLI user waits for, JIT included) and the median
 * of warm calls, each as wall time and as CPU time (the process's own work: on a shared machine the
 * wall time also counts the waits for a core). Target: under a second.
 */
import { explainRequest } from '../src/explain/explain-request.js';
import { MAX_CANDIDATES } from '../src/explain/reconstruct-signature.js';
import { signRequest } from '../src/signing/sign-request.js';
import type { BenchSectionResult } from './bench-section.js';
import { median } from './measure-rotating.js';

const WARM_ROUNDS = 9;
const NOW = new Date(Date.UTC(2020, 0, 17, 19, 59, 29));
const SECRET = 'test-secret';

async function capture(
  path: string,
  body: string,
  headers: Record<string, string>,
  headerOrder?: string[],
): Promise<string> {
  const signed = await signRequest(
    { method: 'POST', path, body, headers },
    { username: 'test', secret: 'a-secret-explain-was-not-given' },
    { now: NOW, ...(headerOrder && { headerOrder }) },
  );
  const lines = [`POST ${path} HTTP/1.1`, 'Host: iip-session-management-uat.ingo.money'];
  for (const [name, value] of Object.entries({ ...headers, ...signed })) lines.push(`${name}: ${value}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

const requests: Record<string, Promise<string>> = {
  quick_start: capture(
    '/api/v1/sessions/point-in-time/plugin',
    '{"participant_unique_id1":"70646041-01ea-4cd6-b657-18ff88e465c7","recipient_information":{"first_name":"Jane","last_name":"Doe","address_line1":"123 Main St","city":"Anytown","state":"GA","zip_code":"30301","email_address":"jane.doe@example.com"}}',
    {},
  ),
  larger: capture(
    '/api/v1/sessions/point-in-time/plugin?trace=a%20b&x=1',
    '{"participant_unique_id1":"70646041","recipient_information":{"first_name":"Zoë","last_name":"Ñúñez","city":"Köln"}}',
    { 'Idempotency-Key': '5f1c1f9e-6c53-4d1a-9c39-0a8a3b8e2a11', Date: NOW.toUTCString() },
    ['request-line', 'x-date', 'content-type', 'content-length', 'content-sha512', 'idempotency-key'],
  ),
  // Thirty signed headers of 500 bytes: the bound on bytes hashed, not on candidates, stops it.
  long_headers: capture(
    '/api/v1/sessions/point-in-time/plugin',
    '{}',
    Object.fromEntries(Array.from({ length: 30 }, (_, at) => [`X-Long-${at}`, 'v'.repeat(500)])),
    [
      'request-line',
      'x-date',
      'content-type',
      'content-length',
      'content-sha512',
      ...Array.from({ length: 30 }, (_, at) => `x-long-${at}`),
    ],
  ),
};

export default async function run(): Promise<BenchSectionResult> {
  const rows: BenchSectionResult['rows'] = [];
  const results: Record<string, number> = {};
  for (const [name, signed] of Object.entries(requests)) {
    const request = await signed;
    const times: number[] = [];
    const cpu: number[] = [];
    let candidates = 0;
    for (let round = 0; round <= WARM_ROUNDS; round++) {
      const started = performance.now();
      const startedCpu = process.cpuUsage();
      const explanation = await explainRequest(request, SECRET, { at: NOW });
      times.push(performance.now() - started);
      const used = process.cpuUsage(startedCpu);
      cpu.push((used.user + used.system) / 1000);
      const search = explanation.checks.find((check) => check.name === 'signature')?.search;
      if (explanation.diagnoses.at(-1)?.code !== 'wrong_secret_or_unknown' || !search)
        throw new Error(`bench setup: ${name} was reproduced; it must not be`);
      candidates = search.candidates;
    }
    const [first, ...warm] = times;
    const [firstCpu, ...warmCpu] = cpu;
    rows.push(
      { name: `${name}: candidates (bound ${MAX_CANDIDATES})`, value: candidates, unit: 'HMACs' },
      { name: `${name}: first call, wall`, value: first!, unit: 'ms', target: '< 1000' },
      { name: `${name}: first call, CPU`, value: firstCpu!, unit: 'ms' },
      { name: `${name}: warm median, wall`, value: median(warm), unit: 'ms', target: '< 1000' },
      { name: `${name}: warm median, CPU`, value: median(warmCpu), unit: 'ms' },
    );
    results[`explain_${name}_first_ms`] = Math.round(first!);
    results[`explain_${name}_first_cpu_ms`] = Math.round(firstCpu!);
    results[`explain_${name}_warm_ms`] = Math.round(median(warm));
    results[`explain_${name}_warm_cpu_ms`] = Math.round(median(warmCpu));
  }
  return { rows, results };
}
