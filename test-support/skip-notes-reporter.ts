/**
 * A vitest reporter (beside the default one, vitest.config.ts) that ends the run with one line per
 * reason tests were skipped for, with how many: `needs(...)` skips a missing service's tests with
 * its reason as the note, so a bare machine reads `npm test: redis-server is not installed (…): its
 * tests are skipped (42 tests)` once, not once per file.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SkipNotesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = new Map<string, number>();
    for (const module of testModules)
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === 'skipped' && result.note) counts.set(result.note, (counts.get(result.note) ?? 0) + 1);
      }
    for (const [note, count] of counts)
      process.stdout.write(`npm test: ${note} (${count} ${count === 1 ? 'test' : 'tests'})\n`);
  }
}
