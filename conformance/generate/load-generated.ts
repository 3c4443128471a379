import type { CaseResult } from '../conformance-report.js';
import type { GeneratedEnv, SomeGeneratedProperty } from './generated-property.js';
import type { GenerateOptions } from './run-generated.js';

// The public entry's generative functions load conformance/generate/ and fast-check (16-20 ms) on
// first call, so that importing `ingo-session/conformance` (and every catalog-only run) does not.

/**
 * Runs the generated properties with fast-check and returns one result per property; see
 * run-generated.ts for what a run does. Loads the generative code on first call.
 */
export async function runGenerated(
  env: GeneratedEnv,
  options: GenerateOptions,
  onResult?: (result: CaseResult) => void,
  properties?: readonly SomeGeneratedProperty[],
): Promise<CaseResult[]> {
  const generative = await import('./run-generated.js');
  return generative.runGenerated(env, options, onResult, properties ?? generative.generatedProperties(env));
}

/** Every generated property, in report order; a promise because the generative code loads on first call. */
export async function generatedProperties(env: Pick<GeneratedEnv, 'validators'>): Promise<SomeGeneratedProperty[]> {
  return (await import('./run-generated.js')).generatedProperties(env);
}
