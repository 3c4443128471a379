import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const script = fileURLToPath(new URL('../../test-support/measure-store-heap.ts', import.meta.url));

test("the memory store's byte estimate is an upper bound of the heap it really holds", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', script, '20000'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  });
  const { measured, estimated } = JSON.parse(stdout) as { measured: number; estimated: number };
  expect(measured).toBeGreaterThan(0);
  expect(estimated).toBeGreaterThanOrEqual(measured);
  // …and not a wild one, or the byte cap would keep far fewer keys than it could.
  expect(estimated).toBeLessThan(2 * measured);
}, 30_000);
