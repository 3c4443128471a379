import { propagation, trace as traceApi, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { createSessionClient } from '../client/create-session-client.js';
import { createMockHandler } from '../mock/create-mock-handler.js';
import { parseAuthorization } from '../signing/authorization-header.js';
import { verifyRequest } from '../signing/verify-request.js';
import { minimalBody } from '../../test-support/fake-ingo.js';
import { openTelemetryHooks } from './open-telemetry-hooks.js';

const credentials = { username: 'otel-user', secret: 'otel-secret-4b7d1c' };
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracer = provider.getTracer('test');

beforeAll(() => propagation.setGlobalPropagator(new W3CTraceContextPropagator()));
afterAll(() => propagation.disable());

/** The embedded mock, failing the draws given (503 for each `true`), behind a fetch that records what it sent. */
function mockWithFaults(fails: boolean[]) {
  const handler = createMockHandler({
    credentials,
    faults: { failRate: 0.5 },
    random: () => (fails.shift() ? 0 : 0.99),
  });
  const sent: Request[] = [];
  const fetch = async (input: string | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push(request.clone());
    return handler(request);
  };
  return { fetch, sent };
}

test('one span per attempt, attributed as the HTTP client conventions say; traceparent sent unsigned, every attempt verifies', async () => {
  exporter.reset();
  const mock = mockWithFaults([true, true, false]);
  const client = createSessionClient({
    ...credentials,
    baseUrl: 'http://mock.test:8080',
    fetch: mock.fetch,
    rateLimit: false,
    sleep: async () => {},
    ...openTelemetryHooks({ tracer }),
  });
  const result = await client.createSession(minimalBody, { idempotencyKey: 'otel-key' });
  expect(result.data).toBeDefined();
  const spans = exporter.getFinishedSpans();
  expect(spans).toHaveLength(result.attempts!);
  expect(spans).toHaveLength(3);
  expect(spans.map((span) => [span.name, span.kind, span.attributes])).toEqual(
    [1, 2, 3].map((attempt) => [
      'POST',
      2, // SpanKind.CLIENT
      {
        'http.request.method': 'POST',
        'server.address': 'mock.test',
        'server.port': 8080,
        'url.full': 'http://mock.test:8080/api/v1/sessions/point-in-time/plugin',
        'ingo.attempt': attempt,
        'ingo.idempotency_key': 'otel-key',
        ...(attempt > 1 && { 'http.request.resend_count': attempt - 1 }),
        'http.response.status_code': attempt < 3 ? 503 : 200,
        'ingo.envelope_status': attempt < 3 ? expect.any(Number) : 100,
        ...(attempt < 3 && { 'error.type': '503' }),
      },
    ]),
  );
  for (const [index, request] of mock.sent.entries()) {
    const traceparent = request.headers.get('traceparent');
    expect(traceparent).toMatch(
      new RegExp(`^00-${spans[index]!.spanContext().traceId}-${spans[index]!.spanContext().spanId}-01$`),
    );
    expect(parseAuthorization(request.headers.get('authorization')!).headers).not.toContain('traceparent');
    const url = new URL(request.url);
    const verdict = await verifyRequest(
      { method: request.method, path: url.pathname, headers: request.headers, body: await request.text() },
      () => credentials.secret,
    );
    expect(verdict.ok).toBe(true);
  }
  const shown = JSON.stringify(spans.map((span) => [span.name, span.attributes, span.events]));
  expect(shown).not.toContain(credentials.secret);
  expect(shown).not.toMatch(/signature/i);
});

test('a network failure is an errored span with error.type, and a tracer that throws breaks nothing', async () => {
  exporter.reset();
  const failing = createSessionClient({
    ...credentials,
    baseUrl: 'http://mock.test',
    fetch: async () => {
      throw new TypeError('fetch failed');
    },
    retries: 0,
    rateLimit: false,
    ...openTelemetryHooks({ tracer }),
  });
  await expect(failing.createSession(minimalBody)).rejects.toMatchObject({ name: 'NetworkError' });
  expect(exporter.getFinishedSpans().map((span) => [span.attributes['error.type'], span.status.code])).toEqual([
    ['network', 2],
  ]);

  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const broken = {
    startSpan: () => {
      throw new Error('tracer down');
    },
  } as unknown as Tracer;
  const mock = mockWithFaults([]);
  const client = createSessionClient({
    ...credentials,
    baseUrl: 'http://mock.test',
    fetch: mock.fetch,
    rateLimit: false,
    ...openTelemetryHooks({ tracer: broken }),
  });
  expect((await client.createSession(minimalBody)).data).toBeDefined();
  expect(warn).toHaveBeenCalledTimes(1);
  warn.mockRestore();
});

test('with no tracer provider registered, the default tracer is a no-op and sends no traceparent', async () => {
  const mock = mockWithFaults([]);
  const client = createSessionClient({
    ...credentials,
    baseUrl: 'http://mock.test',
    fetch: mock.fetch,
    rateLimit: false,
    ...openTelemetryHooks(),
  });
  expect(traceApi.getTracerProvider()).toBeDefined();
  expect((await client.createSession(minimalBody)).data).toBeDefined();
  expect(mock.sent[0]!.headers.get('traceparent')).toBeNull();
});
