import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
// @ts-expect-error plain JavaScript (it runs before anything is compiled), without types.
import { isDistFresh } from './run-compiled-cli.mjs';

const fresh = isDistFresh as (base: string) => boolean;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function touch(base: string, path: string, seconds: number): void {
  mkdirSync(join(base, path, '..'), { recursive: true });
  writeFileSync(join(base, path), '');
  utimesSync(join(base, path), seconds, seconds);
}

test('dist counts as fresh only when its stamp is no older than every source and configuration file', () => {
  const base = mkdtempSync(join(tmpdir(), 'ingo-dist-'));
  dirs.push(base);
  const root = `${base}/`;
  touch(base, 'src/signing/sign-request.ts', 1000);
  touch(base, 'generated/spec.ts', 1000);
  touch(base, 'tsconfig.json', 1000);
  expect(fresh(root)).toBe(false); // never built
  touch(base, 'dist/.build-stamp', 2000);
  expect(fresh(root)).toBe(true);
  touch(base, 'conformance/catalog-auth.ts', 3000); // a source edited after the build
  expect(fresh(root)).toBe(false);
  touch(base, 'dist/.build-stamp', 3000);
  expect(fresh(root)).toBe(true);
  touch(base, 'tsconfig.build.json', 4000); // so is the build configuration
  expect(fresh(root)).toBe(false);
});
