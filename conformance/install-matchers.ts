import { toSatisfyApiSpec } from './to-satisfy-api-spec.js';
import './vitest-matchers.js';

/** Anything with vitest's (or Jest's) `expect.extend`. */
export interface ExtendableExpect {
  extend(matchers: Record<string, (this: never, received: unknown) => unknown>): void;
}

/**
 * Adds `toSatisfyApiSpec` to vitest's `expect` (or to the `expect` given). Call it from a setup
 * file: `await installMatchers()`. vitest is imported only here, on demand, so that the rest of
 * `ingo-session/conformance` works without it.
 */
export async function installMatchers(expectApi?: ExtendableExpect): Promise<void> {
  const target: ExtendableExpect = expectApi ?? ((await import('vitest')).expect as unknown as ExtendableExpect);
  target.extend({ toSatisfyApiSpec });
}
