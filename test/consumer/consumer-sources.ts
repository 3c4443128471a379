/**
 * The files a consumer writes, as the consumer test puts them into fresh projects: the TypeScript
 * blocks of the README and docs/*.md (with declarations for the names they leave to the reader), deliberate type
 * errors, a CommonJS script and a vitest test of the matcher. Kept as strings so that the
 * repository's own type check never compiles them against an unbuilt dist/.
 */

/** A Markdown document's ```ts blocks, in order; `runnable` for a ```ts runnable block (a whole program). */
export function readmeTypeScriptBlocks(readme: string): Array<{ code: string; runnable: boolean }> {
  return [...readme.matchAll(/^```ts( runnable)?\n([\s\S]*?)^```$/gm)].map((match) => ({
    code: match[2]!,
    runnable: match[1] !== undefined,
  }));
}

/** What a runnable block says it prints: its closing `// Prints:` comment lines, without the `// `. */
export function expectedOutput(block: string): string | undefined {
  const [, printed] = /^\/\/ Prints:\n((?:\/\/ .*\n)+)$/m.exec(block) ?? [];
  return printed?.replaceAll(/^\/\/ /gm, '');
}

/** Names the documents' snippets use without defining: the reader's own values. */
export const readmeAmbient = `import type { CreateSessionBody, RawSessionClient } from 'ingo-session';
declare global {
  const payload: CreateSessionBody;
  const method: string;
  const path: string;
  const req: { headers: Record<string, string | undefined> };
  const bytes: Uint8Array;
  const secrets: Map<string, string>;
  const fixedClock: number;
  const url: string;
  const init: RequestInit;
  const headers: Record<string, string>;
  const body: string;
  const client: RawSessionClient;
  const username: string;
  const secret: string;
}
export {};
`;

/** Each line after a @ts-expect-error must be an error; were the client's types \`any\`, tsc would report the directive unused. */
export const typeErrors = `import { trace } from '@opentelemetry/api';
import { createSessionClient, type AttemptInfo, type CreateSessionBody, type SessionClientHooks } from 'ingo-session';
import { openTelemetryHooks } from 'ingo-session/otel';

const ingo = createSessionClient({ username: 'u', secret: 'a-secret-long-enough-to-redact' });
const recipient_information = { first_name: 'Jane', last_name: 'Doe', city: 'Anytown', state: 'GA', zip_code: '30301' };

export const valid: CreateSessionBody = { participant_unique_id1: 'p-1', language_locale_code: 'en-US', recipient_information };

export async function mistakes(): Promise<void> {
  // @ts-expect-error a misspelt field
  await ingo.createSession({ participant_unique_id1: 'p-1', recipient_information, language_locale_cod: 'en-US' });
  // @ts-expect-error a number where the spec says string
  await ingo.createSession({ participant_unique_id1: 'p-1', recipient_information: { ...recipient_information, zip_code: 30301 } });
  // @ts-expect-error a locale outside the spec's enum
  await ingo.createSession({ participant_unique_id1: 'p-1', recipient_information, language_locale_code: 'xx-XX' });
  // @ts-expect-error the required participant_unique_id1 is missing
  await ingo.createSession({ recipient_information });
  // @ts-expect-error the raw client knows the spec's paths
  await ingo.raw.POST('/api/v1/sessions/point-in-time/plugins', { body: valid });
  const result = await ingo.createSession(valid);
  if (result.data) {
    const url: string = result.data.data.authorized_url;
    // @ts-expect-error the response is typed too
    const wrong: number = result.data.data.authorized_url;
    void url;
    void wrong;
  }
  const attempts: number | undefined = result.attempts;
  const totalDelayMs: number | undefined = result.totalDelayMs;
  // @ts-expect-error attempts is a number
  const notAString: string = result.attempts;
  void [attempts, totalDelayMs, notAString];
}

// The hooks: typed, read-only views.
export const hooks: SessionClientHooks = {
  onAttempt(info) {
    const waited: number = info.rateLimitWaitMs + info.retryWaitMs;
    const key: string | undefined = info.idempotencyKey;
    void [waited, key, info.call, info.method, info.url];
    // @ts-expect-error a hook's view is read-only
    info.attempt = 2;
    // @ts-expect-error so is the list of signed header names
    info.signedHeaders.push('traceparent');
  },
  onAnswer(info) {
    const decision: 'success' | 'retry' | 'resend' | 'give-up' = info.decision;
    const status: number | undefined = info.httpStatus ?? info.envelopeStatus;
    void [decision, status, info.durationMs, info.reason];
    // @ts-expect-error an attempt ends in an answer, a network failure or a timeout
    if (info.outcome === 'redirect') return;
  },
  onClockCorrection(info) {
    const moved: number = info.offsetMs - info.previousOffsetMs;
    void [moved, info.attempt, info.httpStatus, info.envelopeStatus];
  },
  // @ts-expect-error unsigned header values are strings
  unsignedHeaders: (info: AttemptInfo) => ({ traceparent: info.attempt }),
};

// OpenTelemetry: spread into the options, with the registered provider's tracer or one of your own.
export const traced = createSessionClient({
  username: 'u',
  secret: 'a-secret-long-enough-to-redact',
  ...openTelemetryHooks({ tracer: trace.getTracer('consumer') }),
  onClockCorrection: hooks.onClockCorrection,
});
// @ts-expect-error a tracer, not its name
openTelemetryHooks({ tracer: 'consumer' });
`;

/** CommonJS consumers: \`require\` of the ESM package (Node's require(esm)), typed under NodeNext. */
export const commonJs = `const { signRequest, verifyRequest, createSessionClient } = require('ingo-session');
const { runConformance, formatSummary } = require('ingo-session/conformance');
const { startMock } = require('ingo-session/mock');
const { explainRequest } = require('ingo-session/explain');

const body = JSON.stringify({ participant_unique_id1: 'p-1', recipient_information: { first_name: 'Jane' } });
const secret = 'a-secret-long-enough-to-redact';
const path = '/api/v1/sessions/point-in-time/plugin';
(async () => {
  const headers = await signRequest({ method: 'POST', path, body }, { username: 'u', secret });
  const verdict = await verifyRequest({ method: 'POST', path, headers, body }, () => secret);
  if (!verdict.ok) throw new Error('round trip failed: ' + verdict.reason);
  if (typeof createSessionClient({ username: 'u', secret }).createSession !== 'function') throw new Error('no client');
  if (typeof startMock !== 'function' || typeof explainRequest !== 'function') throw new Error('no subpath entries');
  if (typeof runConformance !== 'function' || typeof formatSummary !== 'function') throw new Error('no conformance entry');
  process.stdout.write(JSON.stringify({ ok: verdict.ok }));
})().catch((error) => {
  process.stderr.write(String(error));
  process.exitCode = 1;
});
`;

/** The same under TypeScript: a .cts file compiled with NodeNext. */
export const commonJsTyped = `import ingo = require('ingo-session');

const headers: Promise<Record<string, string>> = ingo.signRequest({ method: 'POST', path: '/x', body: '{}' }, { username: 'u', secret: 'a-secret-long-enough-to-redact' });
// @ts-expect-error types reach CommonJS consumers as well
ingo.signRequest({ method: 'POST', path: '/x', body: 42 }, { username: 'u', secret: 's' });
export = headers;
`;

/** A consumer's vitest setup and test of the matcher, against the package's own mock. */
export const vitestSetup = `import { installMatchers } from 'ingo-session/conformance';
await installMatchers();
`;

export const vitestConfig = `import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['matcher.test.ts'], setupFiles: ['./vitest.setup.ts'] } });
`;

export const matcherTest = `import { expect, test } from 'vitest';
import { createSessionClient } from 'ingo-session';
import { startMock } from 'ingo-session/mock';

test('a real answer satisfies the spec, a made-up one does not', async () => {
  const credentials = { username: 'consumer', secret: 'a-secret-long-enough-to-redact' };
  const mock = await startMock({ credentials });
  try {
    const client = createSessionClient({ ...credentials, baseUrl: mock.url, rateLimit: false });
    const body = { participant_unique_id1: 'p-1', recipient_information: { first_name: 'Jane' } };
    const result = await client.raw.POST('/api/v1/sessions/point-in-time/plugin', { body });
    await expect(result).toSatisfyApiSpec();
    const made = new Response(JSON.stringify({ status: 100, time: 'soon' }), { headers: { 'content-type': 'application/json' } });
    await expect(expect(made).toSatisfyApiSpec()).rejects.toThrow();
    // @ts-expect-error the matcher takes no argument
    void expect(result).toSatisfyApiSpec('strict');
  } finally {
    await mock.close();
  }
});
`;

/** Conformance without vitest installed: the optional peer really is optional, types included. */
export const conformanceWithoutVitest = `import { runConformance, type ConformanceReport } from 'ingo-session/conformance';

const report: ConformanceReport = await runConformance({});
process.stdout.write(JSON.stringify({ cases: report.cases.length, failed: report.totals.fail }));
`;

/** A strict consumer tsconfig for one module setting. */
export function consumerTsconfig(
  setting: 'NodeNext' | 'Bundler',
  files: string[],
  types: string[],
  { skipLibCheck = false } = {},
): string {
  const module =
    setting === 'NodeNext'
      ? { module: 'NodeNext', moduleResolution: 'NodeNext' }
      : { module: 'ESNext', moduleResolution: 'Bundler' };
  return JSON.stringify(
    {
      compilerOptions: {
        ...module,
        target: 'ES2022',
        lib: ['ES2023', 'DOM'],
        strict: true,
        skipLibCheck,
        noEmit: true,
        types,
      },
      files,
    },
    null,
    2,
  );
}
