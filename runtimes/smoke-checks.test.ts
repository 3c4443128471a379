import { afterAll, beforeAll, expect, test } from 'vitest';
import * as main from '../src/index.js';
import * as worker from '../src/index.worker.js';
import { listSigningVectorFiles, readSigningVectors } from '../test-support/read-signing-vectors.js';
import { runSmokeChecks, smokeChecks, type SmokeInput } from './smoke-checks.js';

// The suite the runtimes run, run here on Node against the sources: it passes, and it can fail.
const credentials = { username: 'smoke', secret: 'smoke-secret-7d1e' };
const vectors = listSigningVectorFiles().flatMap(readSigningVectors);
let mock: main.RunningMock;
beforeAll(async () => {
  mock = await main.startMock({ credentials });
});
afterAll(() => mock.close());

const input = (lib: SmokeInput['lib']): SmokeInput => ({
  lib,
  mockUrl: mock.url,
  credentials,
  vectors,
  nodeCrypto: true,
});

test('every check passes on Node, through either entry', async () => {
  for (const lib of [main, worker]) {
    const results = await runSmokeChecks(input(lib));
    expect(results.map((result) => result.check)).toEqual([...smokeChecks]);
    expect(results.filter((result) => !result.ok)).toEqual([]);
  }
  expect((await runSmokeChecks(input(worker)))[0]!.detail).toBe('worker entry, client signs with node:crypto');
});

test('a signer that is off by one header fails the vector check, and one that leaks fails redaction', async () => {
  const wrongOrder: typeof worker.signRequest = (request, creds, options) =>
    worker.signRequest(request, creds, { ...options, headerOrder: options?.headerOrder?.slice(1) });
  const results = await runSmokeChecks(input({ ...worker, signRequest: wrongOrder }));
  expect(results.find((result) => result.check === 'vectors')).toMatchObject({
    ok: false,
    detail: expect.stringContaining('signature differs'),
  });

  const leaky = ((options: worker.SessionClientOptions) => ({
    ...worker.createSessionClient(options),
    toJSON: () => options,
  })) as typeof worker.createSessionClient;
  const leaked = await runSmokeChecks(input({ ...worker, createSessionClient: leaky }));
  expect(leaked.find((result) => result.check === 'redaction')).toMatchObject({
    ok: false,
    detail: expect.stringContaining('the secret appears'),
  });
});

test('where node:crypto is said to be missing, a signRequest that still signs fails the check', async () => {
  const results = await runSmokeChecks({ ...input(worker), nodeCrypto: false });
  expect(results.find((result) => result.check === 'vectors')).toMatchObject({
    ok: false,
    detail: expect.stringContaining('signed without node:crypto'),
  });
});
