import { createServer, type AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import type { HostileServer } from '../test-support/hostile-server.js';
import { probeBaseUrl } from './probe-base-url.js';
import { startSuiteHostileServer, type SuiteHostileMode } from './test-helpers/suite-hostile-server.js';

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

test.each<[SuiteHostileMode, string | undefined]>([
  // Any head is an answer: the server is reachable, whatever its body would be.
  ['endless-chunked', undefined],
  ['huge-content-length', undefined],
  ['html-502', undefined],
  ['redirect-307', undefined],
  // Silence is not.
  ['no-answer', 'no answer within 200 ms'],
])('%s: %s', async (mode, reason) => {
  server = await startSuiteHostileServer(mode);
  expect(await probeBaseUrl(server.url, { timeoutMs: mode === 'no-answer' ? 200 : 10_000 })).toBe(reason);
  expect(server.counts.other).toBe(0);
});

test('a refused connection is named', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise((resolve) => closed.close(resolve));
  expect(await probeBaseUrl(`http://127.0.0.1:${port}`)).toBe('ECONNREFUSED');
});
