/**
 * Generator matrix: orval with its fetch client. Generated once from the spec into a temporary
 * folder, with orval's own hook, a mutator (custom fetch function), type-checked under strict with
 * the shared type tests, then signed through that mutator against the embedded mock over loopback.
 */
import { generate } from 'orval';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createGeneratorWorkspace, specPath, type GeneratorWorkspace } from './generator-workspace.js';
import { matrixCredentials, minimalBody, startMatrixMock } from './generator-fixtures.js';
import { createSignedFetch } from './signed-fetch.js';
import { typeCheckStrict } from './type-check-strict.js';
import { typeTestSource } from './type-test-source.js';

// orval's mutator: the generated client calls it for every request. In an application it would
// use the signed fetch of the README directly; here the test plugs it in through `signing`.
const mutator = `export const signing: { baseUrl: string; fetch: typeof fetch } = { baseUrl: '', fetch: globalThis.fetch };

export const signedFetch = async <T>(url: string, init: RequestInit): Promise<T> => {
  const response = await signing.fetch(new URL(url, signing.baseUrl), init);
  const text = await response.text();
  return { status: response.status, data: text ? JSON.parse(text) : {}, headers: response.headers } as T;
};
`;

interface OrvalApi {
  createSession(
    body: unknown,
    init?: RequestInit,
  ): Promise<{ status: number; data: { status: number; data?: { authorized_url: string } } }>;
}

let workspace: GeneratorWorkspace;
let diagnostics: string[];

beforeAll(async () => {
  workspace = await createGeneratorWorkspace('orval-fetch');
  await workspace.write('sign-fetch.ts', mutator);
  await generate({
    input: { target: specPath },
    output: {
      target: workspace.path('api.ts'),
      client: 'fetch',
      mode: 'single',
      override: { mutator: { path: workspace.path('sign-fetch.ts'), name: 'signedFetch' } },
    },
  });
  await workspace.write(
    'type-tests.ts',
    typeTestSource({
      imports:
        "import { createSession, type CreateSessionRequest, type SessionCreated, type createSessionResponse200 } from './api';",
      body: 'CreateSessionRequest',
      ok: "createSessionResponse200['data']",
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

test('signs through its mutator and creates a session on the embedded mock', async () => {
  const mock = await startMatrixMock();
  try {
    const { signing } = await workspace.load<{ signing: { baseUrl: string; fetch: typeof fetch } }>('sign-fetch.ts');
    signing.baseUrl = mock.url;
    signing.fetch = createSignedFetch(matrixCredentials);
    const { createSession } = await workspace.load<OrvalApi>('api.ts');
    const answer = await createSession(minimalBody(), { headers: { 'Idempotency-Key': 'orval-1' } });
    expect(answer.status).toBe(200);
    expect(answer.data).toMatchObject({
      status: 100,
      data: { participant_unique_id1: minimalBody().participant_unique_id1 },
    });
    expect((await createSession(minimalBody(), { headers: { 'Idempotency-Key': 'orval-1' } })).data.status).toBe(101);
    expect(mock.sessions.size).toBe(1);
  } finally {
    await mock.close();
  }
});
