/**
 * `ingo-session/otel`: OpenTelemetry tracing of the client's attempts. Needs the optional peer
 * dependency `@opentelemetry/api`; the main entry never imports this one.
 */
export { openTelemetryHooks, type OpenTelemetryHooksOptions } from './open-telemetry-hooks.js';
