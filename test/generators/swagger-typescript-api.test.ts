/**
 * Generator matrix: swagger-typescript-api (fetch client). Generated once from the spec into a
 * temporary folder; the `// @ts-nocheck` it writes is removed so that its own code is type-checked
 * under strict with the shared type tests. Then signed through its own hook (`customFetch`)
 * against the embedded mock over loopback.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { generateApi } from 'swagger-typescript-api';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createGeneratorWorkspace, specPath, type GeneratorWorkspace } from './generator-workspace.js';
import { matrixCredentials, minimalBody, startMatrixMock } from './generator-fixtures.js';
import { createSignedFetch } from './signed-fetch.js';
import { stripNoCheck, typeCheckStrict } from './type-check-strict.js';
import { typeTestSource } from './type-test-source.js';

type StaApi = new (config: { baseUrl: string; customFetch: typeof fetch }) => {
  api: {
    createSession(
      body: unknown,
      params?: { headers?: Record<string, string> },
    ): Promise<Response & { data: { status: number; data?: { authorized_url: string } } }>;
  };
};

let workspace: GeneratorWorkspace;
let diagnostics: string[];

beforeAll(async () => {
  workspace = await createGeneratorWorkspace('swagger-typescript-api');
  // enumStyle 'union' (CLI: --enum-style=union): by default the locales become a TS enum, which
  // refuses the plain strings 'en-US', … the spec lists.
  await generateApi({ input: specPath, output: workspace.dir, fileName: 'api.ts', silent: true, enumStyle: 'union' });
  const file = workspace.path('api.ts');
  const generated = await readFile(file, 'utf8');
  expect(generated).toMatch(/^\/\/ @ts-nocheck$/m);
  await writeFile(file, stripNoCheck(generated));
  await workspace.write(
    'type-tests.ts',
    typeTestSource({
      imports: "import { Api, type CreateSessionRequest, type SessionCreated } from './api';\nconst api = new Api();",
      body: 'CreateSessionRequest',
      ok: "Awaited<ReturnType<Api<unknown>['api']['createSession']>>['data']",
      success: 'SessionCreated',
      bodyOnlyCall: 'return api.api.createSession(minimal);',
    }),
  );
  diagnostics = typeCheckStrict(workspace.dir);
}, 120_000);

afterAll(() => workspace?.remove());

test('the generated client compiles under strict (without its @ts-nocheck) and passes the type tests', () => {
  expect(diagnostics).toEqual([]);
});

test('signs through customFetch and creates a session on the embedded mock', async () => {
  const mock = await startMatrixMock();
  try {
    const { Api } = await workspace.load<{ Api: StaApi }>('api.ts');
    const api = new Api({ baseUrl: mock.url, customFetch: createSignedFetch(matrixCredentials) });
    const answer = await api.api.createSession(minimalBody(), { headers: { 'Idempotency-Key': 'sta-1' } });
    expect(answer.status).toBe(200);
    expect(answer.data).toMatchObject({
      status: 100,
      data: { participant_unique_id1: minimalBody().participant_unique_id1 },
    });
    expect((await api.api.createSession(minimalBody(), { headers: { 'Idempotency-Key': 'sta-1' } })).data.status).toBe(
      101,
    );
    expect(mock.sessions.size).toBe(1);
  } finally {
    await mock.close();
  }
});
