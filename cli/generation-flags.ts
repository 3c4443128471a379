import type { GenerationOptions } from '../conformance/generate/resolve-generation.js';
import { usageError } from './cli-exit-codes.js';
import { text } from './flags.js';

/** The rows of the generation flags of `ingo-session conformance`, for its flag table. */
export const generationFlags = {
  generate: text(
    'N',
    'also run N cases generated from the spec (default 1000 against the\nembedded mock, 50 with --base-url, paced by --rate); failures are shrunk',
    (value, flag) => readInteger(flag, value, 1),
  ),
  seed: text('S', 'seed of the generated cases (default random; reports print it)', (value, flag) =>
    readInteger(flag, value, -(2 ** 31 - 1)),
  ),
  replay: text('ID', "rerun one shrunk generated case (ID and --seed from a report's rerun line)"),
};

/**
 * The row of `--time-limit`: the whole run's bound (catalog, generation, idempotency sequences),
 * in seconds; listed after the generation flags, and turning nothing on.
 */
export const timeLimitFlag = text(
  'SECONDS',
  'bound on the whole run, catalog and generation alike (default 300 with\n--base-url, none otherwise): requests in flight then end, the cases cut\noff are skipped, and a catalog case left unrun fails the run',
  (value) => {
    const seconds = Number(value);
    if (value.trim() === '' || !(seconds > 0))
      throw usageError(`--time-limit must be a positive number of seconds, not "${value}"`);
    return seconds;
  },
);

/**
 * The generation options the flags ask for, or undefined when none is given (any of them turns
 * generation on). `--replay` needs the `--seed` of the run that found the case.
 */
export function toGenerationOptions(options: {
  generate: number | undefined;
  seed: number | undefined;
  replay: string | undefined;
}): GenerationOptions | undefined {
  const { generate, seed, replay } = options;
  if (generate === undefined && seed === undefined && replay === undefined) return undefined;
  if (replay !== undefined && seed === undefined)
    throw usageError('--replay needs the --seed of the run that found the case (both are in its rerun line)');
  return {
    ...(generate !== undefined && { cases: generate }),
    ...(seed !== undefined && { seed }),
    ...(replay !== undefined && { replay }),
  };
}

function readInteger(flag: string, value: string, min: number): number {
  const number = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || number < min || number > 2 ** 31 - 1)
    throw usageError(`${flag} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, not "${value}"`);
  return number;
}
