import {
  context,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import type { AnswerInfo, AttemptInfo, SessionClientHooks } from '../client/session-client-types.js';

/** Options of openTelemetryHooks. */
export interface OpenTelemetryHooksOptions {
  /** The tracer to start spans with; the registered provider's `ingo-session` tracer by default. */
  tracer?: Tracer;
}

/**
 * Client hooks that trace every attempt of `createSession` with OpenTelemetry, as the stable HTTP
 * client conventions ask: one CLIENT span per attempt, named after the method, under the caller's
 * active span, with `http.request.method`, `server.address`, `server.port`, `url.full`,
 * `http.request.resend_count` (from the second attempt), `http.response.status_code` and
 * `error.type`, plus `ingo.idempotency_key`, `ingo.attempt` and `ingo.envelope_status`. Trace
 * context (`traceparent`) is injected through `unsignedHeaders`, after signing: it is never a signed
 * header, so a retry re-signed under a new span still verifies. With no provider registered every
 * span is a no-op. Spread them into the client's options:
 * `createSessionClient({ username, secret, ...openTelemetryHooks() })`.
 */
export function openTelemetryHooks({
  tracer = trace.getTracer('ingo-session'),
}: OpenTelemetryHooksOptions = {}): Required<Pick<SessionClientHooks, 'onAttempt' | 'unsignedHeaders' | 'onAnswer'>> {
  // The span of each attempt in flight, by call and attempt number.
  const open = new Map<string, Span>();
  const keyOf = (info: { call: number; attempt: number }) => `${info.call}:${info.attempt}`;
  return {
    onAttempt(info: AttemptInfo) {
      const url = new URL(info.url);
      const attributes: Attributes = {
        'http.request.method': info.method,
        'server.address': url.hostname,
        'server.port': Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
        'url.full': info.url,
        'ingo.attempt': info.attempt,
        ...(info.attempt > 1 && { 'http.request.resend_count': info.attempt - 1 }),
        ...(info.idempotencyKey !== undefined && { 'ingo.idempotency_key': info.idempotencyKey }),
      };
      const span = tracer.startSpan(info.method, { kind: SpanKind.CLIENT, attributes }, context.active());
      open.set(keyOf(info), span);
    },
    unsignedHeaders(info: AttemptInfo) {
      const span = open.get(keyOf(info));
      if (!span) return undefined;
      const carrier: Record<string, string> = {};
      propagation.inject(trace.setSpan(context.active(), span), carrier);
      return carrier;
    },
    onAnswer(info: AnswerInfo) {
      const span = open.get(keyOf(info));
      if (!span) return;
      open.delete(keyOf(info));
      if (info.httpStatus !== undefined) span.setAttribute('http.response.status_code', info.httpStatus);
      if (info.envelopeStatus !== undefined) span.setAttribute('ingo.envelope_status', info.envelopeStatus);
      const errorType =
        info.outcome !== 'answer'
          ? info.outcome
          : info.httpStatus! >= 400
            ? String(info.httpStatus)
            : info.decision === 'give-up'
              ? 'ingo_envelope'
              : undefined;
      if (errorType !== undefined) {
        span.setAttribute('error.type', errorType);
        span.setStatus({ code: SpanStatusCode.ERROR });
      }
      span.end();
    },
  };
}
