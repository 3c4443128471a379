import type { GenerationOptions } from '../../conformance/index.js';

/** The usage lines of the generation flags of `ingo-session conformance`. */
export const generationUsage = `  --generate N           also run N cases generated from the spec (default 1000 against the
                         embedded mock, 50 with --base-url, paced by --rate); failures are shrunk
  --seed S               seed of the generated cases (default random; reports print it)
  --replay ID            rerun one shrunk generated case (ID and --seed from a report's rerun line)
  --time-limit SECONDS   bound on the whole run, catalog and generation alike (default 300 with
                         --base-url, none otherwise): requests in flight then end, the cases cut off
                         are skipped, and a catalog case left unrun fails the run
`;

/** The parseArgs options of the generation flags. */
export const generationArgOptions = {
  generate: { type: 'string' },
  seed: { type: 'string' },
  replay: { type: 'string' },
} as const;

/**
 * The generation options the flags ask for, or undefined when none is given (any of them but
 * --time-limit turns generation on). Throws a RangeError naming a flag whose value is not a number
 * of the right kind.
 */
export function readGenerationFlags(values: {
  generate?: string;
  seed?: string;
  replay?: string;
}): GenerationOptions | undefined {
  if (values.generate === undefined && values.seed === undefined && values.replay === undefined) return undefined;
  const options: GenerationOptions = {};
  if (values.generate !== undefined) options.cases = readInteger('--generate', values.generate, 1);
  if (values.seed !== undefined) options.seed = readInteger('--seed', values.seed, -(2 ** 31 - 1));
  if (values.replay !== undefined) {
    if (values.seed === undefined)
      throw new RangeError('--replay needs the --seed of the run that found the case (both are in its rerun line)');
    options.replay = values.replay;
  }
  return options;
}

/** `--time-limit SECONDS`, the whole run's bound, in milliseconds (undefined when absent); a RangeError names a bad value. */
export function readTimeLimitFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (value.trim() === '' || !(seconds > 0))
    throw new RangeError(`--time-limit must be a positive number of seconds, not "${value}"`);
  return seconds * 1000;
}

function readInteger(flag: string, value: string, min: number): number {
  const number = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || number < min || number > 2 ** 31 - 1)
    throw new RangeError(`${flag} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, not "${value}"`);
  return number;
}
