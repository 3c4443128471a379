import type * as IngoSession from '../src/index.js';
import { runSmokeChecks, type SmokeInput } from './smoke-checks.js';

/**
 * The smoke Worker: runtimes/run.ts bundles it with esbuild, from a fresh project that has the
 * packed tarball installed (the one portable entry; wrangler's conditions change nothing now),
 * and serves it with workerd, with and without nodejs_compat. Any request runs the suite and gets
 * its results as JSON.
 *
 * One client is made at start-up, as the README shows; the `errors` check also makes one while a
 * request is handled (workerd forbids compiling code then: the standalone validators need none).
 */
export function createSmokeWorker(
  lib: typeof IngoSession,
  input: Omit<SmokeInput, 'lib' | 'nodeCrypto' | 'client'>,
): { fetch(): Promise<Response> } {
  const client = lib.createSessionClient({ baseUrl: input.mockUrl, ...input.credentials, validateResponses: true });
  // With nodejs_compat, node:crypto is there through process.getBuiltinModule; without it, it is not.
  const nodeCrypto =
    typeof (globalThis as { process?: { getBuiltinModule?: unknown } }).process?.getBuiltinModule === 'function';
  return {
    async fetch() {
      return Response.json(await runSmokeChecks({ ...input, lib, nodeCrypto, client }));
    },
  };
}
