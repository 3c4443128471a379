import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'cli/**/*.test.ts',
      'conformance/**/*.test.ts',
      'scripts/**/*.test.ts',
      'test/**/*.test.ts',
      'reliability/**/*.test.ts',
      'runtimes/**/*.test.ts',
      'test-support/**/*.test.ts',
    ],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The default output, then one line per reason tests were skipped for (a missing service).
    reporters: ['default', './test-support/skip-notes-reporter.ts'],
    // Two cores: the browser and load tests are heavy, so keep parallelism modest.
    maxWorkers: 2,
  },
});
