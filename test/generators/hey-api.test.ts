/**
 * Generator matrix: @hey-api/openapi-ts (fetch client). Generated once from the spec into a
 * temporary folder, type-checked under strict with the shared type tests, then used to sign
 * through its own request interceptor and create a session on the embedded mock over loopback.
 */
import { createClient } from '@hey-api/openapi-ts';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signRequest } from '../../src/index.js';
import { createGeneratorWorkspace, specPath, type GeneratorWorkspace } from './generator-workspace.js';
import { matrixCredentials, minimalBody, startMatrixMock } from './generator-fixtures.js';
import { typeCheckStrict } from './type-check-strict.js';
import { typeTestSource } from './type-test-source.js';

interface HeyClient {
  setConfig(config: { baseUrl: string }): void;
  interceptors: { request: { use(interceptor: (request: Request) => Promise<Request>): void } };
}
type HeyCreateSession = (options: {
  body: unknown;
  headers?: Record<string, string>;
}) => Promise<{ data: { status: number; data: { authorized_url: string } }; response: Response }>;

let workspace: GeneratorWorkspace;
let diagnostics: string[];

beforeAll(async () => {
  workspace = await createGeneratorWorkspace('hey-api');
  await createClient({
    input: specPath,
    output: { path: workspace.path('client') },
    plugins: ['@hey-api/client-fetch'],
    logs: { level: 'silent' },
  });
  await workspace.write(
    'type-tests.ts',
    typeTestSource({
      imports:
        "import { createSession } from './client/sdk.gen';\nimport type { CreateSessionData, CreateSessionResponses, SessionCreated } from './client/types.gen';",
      body: "CreateSessionData['body']",
      ok: 'CreateSessionResponses[200]',
      success: 'SessionCreated',
      bodyOnlyCall: 'return createSession({ body: minimal });',
    }),
  );
  diagnostics = typeCheckStrict(workspace.dir);
}, 120_000);

afterAll(() => workspace?.remove());

test('the generated client compiles under strict and passes the type tests', () => {
  expect(diagnostics).toEqual([]);
});

test('signs through its request interceptor and creates a session on the embedded mock', async () => {
  const mock = await startMatrixMock();
  try {
    // The generated modules are typed in the workspace (checked above); here only what the test uses.
    const { client } = await workspace.load<{ client: HeyClient }>('client/client.gen.ts');
    const { createSession } = await workspace.load<{ createSession: HeyCreateSession }>('client/sdk.gen.ts');
    // The lines the README shows: sign the exact bytes the client is about to send.
    client.setConfig({ baseUrl: mock.url });
    client.interceptors.request.use(async (request: Request) => {
      const { pathname, search } = new URL(request.url);
      const signed = await signRequest(
        { method: request.method, path: pathname + search, body: await request.clone().text() },
        matrixCredentials,
      );
      for (const [name, value] of Object.entries(signed)) request.headers.set(name, value);
      return request;
    });
    const { data, response } = await createSession({
      body: minimalBody(),
      headers: { 'Idempotency-Key': 'hey-api-1' },
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ status: 100, data: { participant_unique_id1: minimalBody().participant_unique_id1 } });
    expect(data.data.authorized_url).toMatch(/^https?:\/\//);
    expect(mock.sessions.size).toBe(1);
  } finally {
    await mock.close();
  }
});
