/**
 * `npm run test:fast`: the inner loop. Unit and in-process tests only: no child process (the setup
 * file throws on one), no network beyond loopback servers the test starts in-process, no type
 * tests, modules shared between files. Everything else runs in `npm test` (vitest.config.ts).
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/** Files that start child processes or build the package: they run in `npm test`, not here. */
export const processTests = [
  'conformance/conformance-prism.test.ts',
  'conformance/generate/rerun-commands.test.ts',
  'reliability/**',
  'runtimes/**',
  'scripts/build-docs.test.ts',
  'scripts/lint-rules.test.ts',
  'scripts/run-compiled-cli.test.ts',
  'scripts/spectral-rules.test.ts',
  '**/cli/mock-command.test.ts', // src/cli/ or, once moved, cli/
  '**/cli/sign-command.test.ts',
  '**/cli/certify-command.test.ts', // the client under test runs as a process
  'src/mock/memory-store-estimate.test.ts',
  'src/redis/**',
  'test-support/forbid-child-processes.test.ts',
  'test-support/system-requirements.test.ts',
  'test/**',
];

/** In-process, but long property runs (seconds of generated cases each): `npm test` runs them. */
export const longTests = [
  'conformance/generate/generated-mutations.test.ts',
  'conformance/generate/run-generated.test.ts',
];

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['**/node_modules/**', '**/.git/**', ...processTests, ...longTests],
      setupFiles: ['test-support/fast-tier-setup.ts'],
      typecheck: { enabled: false },
      // One module graph per worker, not per file: most of this tier's time was importing the same
      // modules again for each file. Its tests keep no state in modules, so they pass in any order
      // (checked with --sequence.shuffle).
      isolate: false,
    },
  }),
);
