import { afterAll, beforeAll, expect, test } from 'vitest';
import * as main from '../src/index.js';
import { startMock, type RunningMock } from '../src/mock/index.js';
import { listSigningVectorFiles, readSigningVectors } from '../test-support/read-signing-vectors.js';
import { runSmokeChecks, smokeChecks, type SmokeInput } from './smoke-checks.js';

// The suite the runtimes run, run here on Node against the sources: it passes, and it can fail.
const credentials = { username: 'smoke', secret: 'smoke-secret-7d1e' };
const vectors = listSigningVectorFiles().flatMap(readSigningVectors);
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ credentials });
});
afterAll(() => mock.close());

const input = (lib: SmokeInput['lib']): SmokeInput => ({
  lib,
  mockUrl: mock.url,
  credentials,
  vectors,
  nodeCrypto: true,
});

test('every check passes on Node through the one entry', async () => {
  const results = await runSmokeChecks(input(main));
  expect(results.map((result) => result.check)).toEqual([...smokeChecks]);
  expect(results.filter((result) => !result.ok)).toEqual([]);
  expect(results[0]!.detail).toBe('main entry, client signs with node:crypto');
});

test('a signer that is off by one header fails both vector checks, and one that leaks fails redaction', async () => {
  const wrongOrder: typeof main.signRequest = (request, creds, options) =>
    main.signRequest(request, creds, { ...options, headerOrder: options?.headerOrder?.slice(1) });
  const results = await runSmokeChecks(input({ ...main, signRequest: wrongOrder }));
  for (const check of ['vectors', 'vectors-webcrypto'])
    expect(results.find((result) => result.check === check)).toMatchObject({
      ok: false,
      detail: expect.stringContaining('signature differs'),
    });

  const leaky = ((options: main.SessionClientOptions) => ({
    ...main.createSessionClient(options),
    toJSON: () => options,
  })) as typeof main.createSessionClient;
  const leaked = await runSmokeChecks(input({ ...main, createSessionClient: leaky }));
  expect(leaked.find((result) => result.check === 'redaction')).toMatchObject({
    ok: false,
    detail: expect.stringContaining('the secret appears'),
  });
});
