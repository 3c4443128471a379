/**
 * The observability section (information, no target): createSession's CPU per call in process,
 * without hooks, with openTelemetryHooks() and no tracer provider registered (no-op spans), and
 * with a real tracer (sdk-trace-base, a span processor that drops the spans). Batches side by side
 * in rotating order; medians of per-round ratios.
 */
import { BasicTracerProvider, NoopSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { spec } from '../generated/spec.js';
import { createSessionClient } from '../src/client/create-session-client.js';
import type { SessionClientOptions } from '../src/client/session-client-types.js';
import { openTelemetryHooks } from '../src/otel/open-telemetry-hooks.js';
import type { BenchSectionResult } from './bench-section.js';
import { benchBody, benchCredentials } from './hand-rolled-signing.js';
import { cpuMicros, median, medianRatio, measureRotating, round3 } from './measure-rotating.js';

const ROUNDS = 15;
const CALLS_PER_BATCH = 300;
const answer = JSON.stringify(spec.components.examples.Created.value);

export default async function run(): Promise<BenchSectionResult> {
  const fetch = async (input: string | Request, init?: RequestInit) => {
    await new Request(input, init).arrayBuffer();
    return new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const base: SessionClientOptions = { ...benchCredentials, baseUrl: 'http://bench.invalid', fetch, rateLimit: false };
  const tracer = new BasicTracerProvider({ spanProcessors: [new NoopSpanProcessor()] }).getTracer('bench');
  const clients = {
    plain: createSessionClient(base),
    noProvider: createSessionClient({ ...base, ...openTelemetryHooks() }),
    traced: createSessionClient({ ...base, ...openTelemetryHooks({ tracer }) }),
  };
  const batch = (client: (typeof clients)['plain']) => async () => {
    const start = process.cpuUsage();
    for (let i = 0; i < CALLS_PER_BATCH; i++)
      if (!(await client.createSession(benchBody)).data) throw new Error('bench: no data');
    return cpuMicros(start) / CALLS_PER_BATCH;
  };
  for (const client of Object.values(clients)) await batch(client)();
  const samples = await measureRotating(
    { plain: batch(clients.plain), noProvider: batch(clients.noProvider), traced: batch(clients.traced) },
    ROUNDS,
  );
  const noProviderRatio = medianRatio(samples.noProvider, samples.plain);
  const tracedRatio = medianRatio(samples.traced, samples.plain);
  return {
    rows: [
      { name: 'createSession in-process, no hooks', value: median(samples.plain), unit: 'µs/call' },
      { name: 'with openTelemetryHooks(), no provider', value: median(samples.noProvider), unit: 'µs/call' },
      { name: 'with openTelemetryHooks({ tracer }), spans recorded', value: median(samples.traced), unit: 'µs/call' },
      { name: 'otel_noop_vs_plain', value: noProviderRatio, unit: 'ratio' },
      { name: 'otel_traced_vs_plain', value: tracedRatio, unit: 'ratio' },
    ],
    results: {
      otel_noop_vs_plain: round3(noProviderRatio),
      otel_traced_vs_plain: round3(tracedRatio),
      otel_plain_us: round3(median(samples.plain)),
      otel_traced_us: round3(median(samples.traced)),
    },
  };
}
