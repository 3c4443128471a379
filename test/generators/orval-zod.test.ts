/**
 * Generator matrix: orval's zod output. It generates validators, not a client: the matrix checks
 * that they compile under strict with the shared type tests (on the inferred types), accept every
 * example of the spec, keep both envelopes of HTTP 200, and demand no signing header; then a body
 * parsed by the generated schema is signed with `signRequest`, sent to the embedded mock over
 * loopback, and its answer parsed by the generated HTTP 200 schema.
 */
import { generate } from 'orval';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ZodType } from 'zod';
import { spec } from '../../generated/spec.js';
import { createGeneratorWorkspace, specPath, type GeneratorWorkspace } from './generator-workspace.js';
import { matrixCredentials, minimalBody, startMatrixMock } from './generator-fixtures.js';
import { createSignedFetch } from './signed-fetch.js';
import { typeCheckStrict } from './type-check-strict.js';
import { typeTestSource } from './type-test-source.js';

interface ZodModule {
  createSessionBody: ZodType;
  createSessionHeader: ZodType;
  createSessionResponse: ZodType;
}

let workspace: GeneratorWorkspace;
let diagnostics: string[];
let schemas: ZodModule;

beforeAll(async () => {
  workspace = await createGeneratorWorkspace('orval-zod');
  await generate({
    input: { target: specPath },
    output: { target: workspace.path('api.zod.ts'), client: 'zod', mode: 'single' },
  });
  await workspace.write(
    'type-tests.ts',
    typeTestSource({
      imports:
        "import type { z } from 'zod';\nimport { createSessionBody, createSessionHeader, type createSessionResponse } from './api.zod';\ntype Answer = z.infer<typeof createSessionResponse>;",
      body: 'z.infer<typeof createSessionBody>',
      ok: 'Answer',
      success: 'Extract<Answer, { data: unknown }>',
      // No client: the body alone parses, and the header schema demands nothing.
      bodyOnlyCall:
        'const headers: z.infer<typeof createSessionHeader> = {};\n  return [createSessionBody.parse(minimal), createSessionHeader.parse(headers)];',
    }),
  );
  diagnostics = typeCheckStrict(workspace.dir);
  schemas = await workspace.load<ZodModule>('api.zod.ts');
}, 120_000);

afterAll(() => workspace?.remove());

test('the generated schemas compile under strict and pass the type tests', () => {
  expect(diagnostics).toEqual([]);
});

test('the schemas accept the spec examples, keep both envelopes of HTTP 200 and demand no signing header', () => {
  const { examples } = spec.components;
  for (const body of [examples.MinimalRequest.value, examples.FullRequest.value])
    expect(schemas.createSessionBody.safeParse(body).success).toBe(true);
  for (const answer of [examples.Created.value, examples.Replayed.value, examples.RejectedInEnvelope.value])
    expect(schemas.createSessionResponse.safeParse(answer).success).toBe(true);
  expect(schemas.createSessionResponse.safeParse({ ...examples.Created.value, status: 105 }).success).toBe(true);
  // A success status without data is neither envelope.
  expect(schemas.createSessionResponse.safeParse({ status: 100, client_message: 'Success', time: 0 }).success).toBe(
    false,
  );
  expect(schemas.createSessionBody.safeParse({ ...minimalBody(), language_locale_code: 'en' }).success).toBe(false);
  expect(schemas.createSessionHeader.safeParse({}).success).toBe(true);
});

test('a body parsed by the generated schema, signed with signRequest, creates a session on the embedded mock', async () => {
  const mock = await startMatrixMock();
  try {
    const body = schemas.createSessionBody.parse(minimalBody());
    const response = await createSignedFetch(matrixCredentials)(new URL(Object.keys(spec.paths)[0]!, mock.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    expect(schemas.createSessionResponse.parse(await response.json())).toMatchObject({
      status: 100,
      data: { participant_unique_id1: minimalBody().participant_unique_id1 },
    });
    expect(mock.sessions.size).toBe(1);
  } finally {
    await mock.close();
  }
});
