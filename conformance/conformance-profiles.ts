import { ConformanceError } from './conformance-error.js';

/** How strictly a target is judged. */
export interface ConformanceProfile {
  name: string;
  description: string;
  /**
   * Cases with any of these tags still run and their responses are still checked against the
   * spec, but their expectations are not judged: they are reported as "not enforced", never as passes.
   */
  unenforcedTags: readonly string[];
}

/** The built-in profiles: `strict` (default) and `no-auth` for servers such as Prism. */
export const conformanceProfiles = {
  strict: { name: 'strict', description: 'every expectation is enforced', unenforcedTags: [] },
  'no-auth': {
    name: 'no-auth',
    description:
      'for servers that verify no signatures and keep no state (such as Prism): cases tagged auth or stateful are run and their responses checked against the spec, but their expectations are reported as not enforced',
    unenforcedTags: ['auth', 'stateful'],
  },
} as const satisfies Record<string, ConformanceProfile>;

/** A built-in profile's name. */
export type ProfileName = keyof typeof conformanceProfiles;

/** Finds a built-in profile by name, or passes a custom profile through; throws naming the known profiles. */
export function resolveProfile(profile: ProfileName | ConformanceProfile | string = 'strict'): ConformanceProfile {
  if (typeof profile !== 'string') return profile;
  if (Object.hasOwn(conformanceProfiles, profile)) return conformanceProfiles[profile as ProfileName];
  throw new ConformanceError(`unknown profile "${profile}": use one of ${Object.keys(conformanceProfiles).join(', ')}`);
}
