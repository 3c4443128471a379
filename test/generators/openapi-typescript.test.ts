/**
 * Generator matrix: openapi-typescript (this project's own choice) with openapi-fetch. Types are
 * generated afresh from the spec into a temporary folder (not the committed generated/ copy),
 * type-checked under strict with the shared type tests, then a client signs through openapi-fetch's
 * middleware hook and creates a session on the embedded mock over loopback.
 */
import { readFile } from 'node:fs/promises';
import createClient from 'openapi-fetch';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { paths } from '../../generated/session-management.js';
import { signingMiddleware } from '../../src/index.js';
import { createGeneratorWorkspace, specPath, type GeneratorWorkspace } from './generator-workspace.js';
import { matrixCredentials, minimalBody, startMatrixMock } from './generator-fixtures.js';
import { typeCheckStrict } from './type-check-strict.js';
import { typeTestSource } from './type-test-source.js';

const route = "paths['/api/v1/sessions/point-in-time/plugin']['post']";

let workspace: GeneratorWorkspace;
let diagnostics: string[];

beforeAll(async () => {
  workspace = await createGeneratorWorkspace('openapi-typescript');
  await workspace.write('schema.d.ts', astToString(await openapiTS(await readFile(specPath, 'utf8'))));
  await workspace.write(
    'type-tests.ts',
    typeTestSource({
      imports: "import createClient from 'openapi-fetch';\nimport type { components, paths } from './schema';",
      body: `${route}['requestBody']['content']['application/json']`,
      ok: `${route}['responses'][200]['content']['application/json']`,
      success: "components['schemas']['SessionCreated']",
      bodyOnlyCall:
        "const client = createClient<paths>({ baseUrl: 'https://iip-session-management-uat.ingo.money' });\n  return client.POST('/api/v1/sessions/point-in-time/plugin', { body: minimal });",
    }),
  );
  diagnostics = typeCheckStrict(workspace.dir);
}, 120_000);

afterAll(() => workspace?.remove());

test('the generated types compile under strict and pass the type tests', () => {
  expect(diagnostics).toEqual([]);
});

test('signs through openapi-fetch middleware and creates a session on the embedded mock', async () => {
  const mock = await startMatrixMock();
  try {
    // The committed types equal the fresh ones (generate.test.ts), so the typed client can use them here.
    const client = createClient<paths>({ baseUrl: mock.url });
    client.use(signingMiddleware(matrixCredentials));
    const body = {
      participant_unique_id1: minimalBody().participant_unique_id1,
      recipient_information: { first_name: 'Jane' },
    };
    const { data, response } = await client.POST('/api/v1/sessions/point-in-time/plugin', {
      body,
      params: { header: { 'Idempotency-Key': 'openapi-fetch-1' } },
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ status: 100, data: { participant_unique_id1: minimalBody().participant_unique_id1 } });
    expect(mock.sessions.size).toBe(1);
  } finally {
    await mock.close();
  }
});
