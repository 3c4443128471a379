/**
 * Generator matrix: oazapfts (with @oazapfts/runtime). Generated once from the spec into a
 * temporary folder, type-checked under strict with the shared type tests, then signed through its
 * own hook (`defaults.fetch`) against the embedded mock over loopback.
 */
import { generateSource } from 'oazapfts';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createGeneratorWorkspace, specPath, type GeneratorWorkspace } from './generator-workspace.js';
import { matrixCredentials, minimalBody, startMatrixMock } from './generator-fixtures.js';
import { createSignedFetch } from './signed-fetch.js';
import { typeCheckStrict } from './type-check-strict.js';
import { typeTestSource } from './type-test-source.js';

interface OazapftsApi {
  defaults: { baseUrl?: string; fetch?: typeof fetch };
  createSession(
    body: unknown,
    options?: { idempotencyKey?: string },
  ): Promise<{ status: number; data: { status: number; data?: { authorized_url: string } } }>;
}

let workspace: GeneratorWorkspace;
let diagnostics: string[];

beforeAll(async () => {
  workspace = await createGeneratorWorkspace('oazapfts');
  await workspace.write('api.ts', await generateSource(specPath));
  await workspace.write(
    'type-tests.ts',
    typeTestSource({
      imports: "import { createSession, type CreateSessionRequest, type SessionCreated } from './api';",
      body: 'CreateSessionRequest',
      // oazapfts types the call's answer as a union by HTTP status; HTTP 200 is one member.
      ok: "Extract<Awaited<ReturnType<typeof createSession>>, { status: 200 }>['data']",
      success: 'SessionCreated',
      bodyOnlyCall: 'return createSession(minimal);',
    }),
  );
  diagnostics = typeCheckStrict(workspace.dir);
}, 120_000);

afterAll(() => workspace?.remove());

test('the generated client compiles under strict and passes the type tests', () => {
  expect(diagnostics).toEqual([]);
});

test('signs through defaults.fetch and creates a session on the embedded mock', async () => {
  const mock = await startMatrixMock();
  try {
    const api = await workspace.load<OazapftsApi>('api.ts');
    api.defaults.baseUrl = mock.url;
    api.defaults.fetch = createSignedFetch(matrixCredentials);
    const answer = await api.createSession(minimalBody(), { idempotencyKey: 'oazapfts-1' });
    expect(answer.status).toBe(200);
    expect(answer.data).toMatchObject({
      status: 100,
      data: { participant_unique_id1: minimalBody().participant_unique_id1 },
    });
    const replay = await api.createSession(minimalBody(), { idempotencyKey: 'oazapfts-1' });
    expect(replay.data.status).toBe(101);
    expect(mock.sessions.size).toBe(1);
  } finally {
    await mock.close();
  }
});
