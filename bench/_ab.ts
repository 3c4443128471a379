import { spec } from '../generated/spec.js';
import { createSessionClient as createB } from '../src/client/create-session-client.js';
import { spawnBenchServer } from './spawn-bench-server.js';
import { measureRotating, medianRatio, median, cpuMicros } from './measure-rotating.js';
const { createSessionClient: createA } = await import(process.env.OLD + '/src/client/create-session-client.ts');
const body = spec.components.examples.MinimalRequest.value as any;
const answer = JSON.stringify(spec.components.examples.Created.value);
const inProcess = async (input: any, init?: any) => { const r = input instanceof Request ? input : new Request(input, init); await r.arrayBuffer(); return new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } }); };
const server = await spawnBenchServer('bare-server');
for (const [label, baseUrl, fetch] of [['http', `http://127.0.0.1:${server.port}`, globalThis.fetch], ['inproc', 'http://bench.invalid', inProcess]] as const) {
  const a = createA({ username: 'b', secret: 's', baseUrl, fetch, rateLimit: false });
  const b = createB({ username: 'b', secret: 's', baseUrl, fetch: fetch as any, rateLimit: false });
  const batch = async (c: any) => { const s = process.cpuUsage(); for (let i = 0; i < 100; i++) await c.createSession(body); return cpuMicros(s) / 100; };
  for (let i = 0; i < 2000; i++) { await a.createSession(body); await b.createSession(body); }
  const r = await measureRotating({ a: () => batch(a), b: () => batch(b) }, 41);
  console.log(label, 'old', median(r.a).toFixed(1), 'new', median(r.b).toFixed(1), 'new/old', medianRatio(r.b, r.a).toFixed(3));
}
server.close();
