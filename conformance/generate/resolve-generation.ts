import { specLimits } from '../../src/spec/signing-config.js';
import { ConformanceError } from '../conformance-error.js';

/** Options of the generative run; every one has a default. */
export interface GenerationOptions {
  /** Cases to generate: 1,000 against the embedded mock, 50 against a server (paced at 5/s, that is about ten seconds plus shrinking). */
  cases?: number;
  /** Makes the run reproducible; drawn at random (and reported) when absent. */
  seed?: number;
  /** Run only this generated case, from a report's rerun command (`property@path`); the catalog is skipped. */
  replay?: string;
  /** Stop generating and shrinking after this long: none against the embedded mock, 5 minutes against a server. */
  timeLimitMs?: number;
}

/** GenerationOptions with the defaults applied for the target. */
export interface ResolvedGeneration {
  cases: number;
  seed: number;
  replay?: string;
  timeLimitMs?: number;
  /** The pace against a server when the caller sets none: the spec's `x-ingo-limits.requestsPerSecond`. */
  remoteRequestsPerSecond: number;
}

/** The default number of generated cases, by target. */
export const defaultGeneratedCases = { embedded: 1000, remote: 50 } as const;
const DEFAULT_REMOTE_TIME_LIMIT_MS = 5 * 60_000;

/** Applies the defaults, or returns undefined when nothing is to be generated; throws a ConformanceError naming a bad option. */
export function resolveGeneration(
  option: GenerationOptions | undefined,
  { remote, random = Math.random }: { remote: boolean; random?: () => number },
): ResolvedGeneration | undefined {
  if (option === undefined) return undefined;
  const {
    cases = remote ? defaultGeneratedCases.remote : defaultGeneratedCases.embedded,
    seed = Math.floor(random() * 2 ** 31),
    replay,
  } = option;
  if (!(Number.isInteger(cases) && cases >= 1))
    throw new ConformanceError(`generated cases must be a whole number of at least 1, not ${cases}`);
  if (!(Number.isInteger(seed) && Math.abs(seed) < 2 ** 31))
    throw new ConformanceError(`the seed must be a whole number between -2147483647 and 2147483647, not ${seed}`);
  const timeLimitMs = option.timeLimitMs ?? (remote ? DEFAULT_REMOTE_TIME_LIMIT_MS : undefined);
  if (timeLimitMs !== undefined && !(timeLimitMs > 0))
    throw new ConformanceError(`the time limit must be a positive number of milliseconds, not ${timeLimitMs}`);
  return {
    cases,
    seed,
    ...(replay === undefined ? {} : { replay }),
    ...(timeLimitMs === undefined ? {} : { timeLimitMs }),
    remoteRequestsPerSecond: specLimits.requestsPerSecond,
  };
}
