import { expect, test } from 'vitest';
import { conformanceProfiles, resolveProfile } from './conformance-profiles.js';

test('profiles resolve by name; no-auth leaves auth and stateful cases unenforced; unknown names are refused', () => {
  expect(resolveProfile()).toBe(conformanceProfiles.strict);
  expect(resolveProfile('no-auth').unenforcedTags).toEqual(['auth', 'stateful']);
  expect(conformanceProfiles.strict.unenforcedTags).toEqual([]);
  const custom = { name: 'mine', description: 'x', unenforcedTags: ['clock'] };
  expect(resolveProfile(custom)).toBe(custom);
  expect(() => resolveProfile('toString')).toThrow('unknown profile "toString": use one of strict, no-auth');
});
