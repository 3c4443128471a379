/**
 * The files a consumer writes, as the consumer test puts them into fresh projects: the TypeScript
 * blocks of the README and docs/*.md (with declarations for the names they leave to the reader), deliberate type
 * errors, a CommonJS script and a vitest test of the matcher. Kept as strings so that the
 * repository's own type check never compiles them against an unbuilt dist/.
 */

/** A Markdown document's ```ts blocks, in order. */
export function readmeTypeScriptBlocks(readme: string): string[] {
  return [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
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
export const typeErrors = `import { createSessionClient, type CreateSessionBody } from 'ingo-session';

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
}
`;

/** CommonJS consumers: \`require\` of the ESM package (Node's require(esm)), typed under NodeNext. */
export const commonJs = `const { signRequest, verifyRequest, createSessionClient } = require('ingo-session');
const { createCatalog } = require('ingo-session/conformance');

const body = JSON.stringify({ participant_unique_id1: 'p-1', recipient_information: { first_name: 'Jane' } });
const secret = 'a-secret-long-enough-to-redact';
const path = '/api/v1/sessions/point-in-time/plugin';
const headers = signRequest({ method: 'POST', path, body }, { username: 'u', secret });
const verdict = verifyRequest({ method: 'POST', path, headers, body }, () => secret);
if (!verdict.ok) throw new Error('round trip failed: ' + verdict.reason);
if (typeof createSessionClient({ username: 'u', secret }).createSession !== 'function') throw new Error('no client');
process.stdout.write(JSON.stringify({ ok: verdict.ok, cases: createCatalog().length }));
`;

/** The same under TypeScript: a .cts file compiled with NodeNext. */
export const commonJsTyped = `import ingo = require('ingo-session');

const headers: Record<string, string> = ingo.signRequest({ method: 'POST', path: '/x', body: '{}' }, { username: 'u', secret: 'a-secret-long-enough-to-redact' });
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
import { createSessionClient, startMock } from 'ingo-session';

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
export const conformanceWithoutVitest = `import { createCatalog, runConformance, type ConformanceReport } from 'ingo-session/conformance';

const report: ConformanceReport = await runConformance({});
process.stdout.write(JSON.stringify({ cases: createCatalog().length, failed: report.totals.fail }));
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
