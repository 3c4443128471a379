import { expect, test } from 'vitest';
import { needsCopy } from './build-package.js';

test('the build copies what tsc leaves behind (declaration-only and plain files), not the sources it compiles', () => {
  expect(needsCopy('session-management.d.ts')).toBe(true);
  expect(needsCopy('validators.js')).toBe(true);
  expect(needsCopy('spec-3.0.json')).toBe(true);
  expect(needsCopy('spec.ts')).toBe(false);
  expect(needsCopy('helpers.mts')).toBe(false);
});
