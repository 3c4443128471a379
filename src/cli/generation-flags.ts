import type { GenerationOptions } from '../../conformance/index.js';

/** The usage lines of the generation flags of `ingo-session conformance`. */
export const generationUsage = `  --generate N           also run N cases generated from the spec (default 1000 against the
                         embedded mock, 50 with --base-url, paced by --rate); failures are shrunk
  --seed S               seed of the generated cases (default random; reports print it)
  --replay ID            rerun one shrunk generated case (ID and --seed from a report's rerun line)
  --time-limit SECONDS   stop generating and shrinking after this long (default 300 with --base-url)
`;

/** The parseArgs options of the generation flags. */
export const generationArgOptions = {
  generate: { type: 'string' },
  seed: { type: 'string' },
  replay: { type: 'string' },
  'time-limit': { type: 'string' },
} as const;

/**
 * The generation options the flags ask for, or undefined when none is given (any of them turns
 * generation on). Throws a RangeError naming a flag whose value is not a number of the right kind.
 */
export function readGenerationFlags(values: {
  generate?: string;
  seed?: string;
  replay?: string;
  'time-limit'?: string;
}): GenerationOptions | undefined {
  if (
    values.generate === undefined &&
    values.seed === undefined &&
    values.replay === undefined &&
    values['time-limit'] === undefined
  )
    return undefined;
  const options: GenerationOptions = {};
  if (values.generate !== undefined) options.cases = readInteger('--generate', values.generate, 1);
  if (values.seed !== undefined) options.seed = readInteger('--seed', values.seed, -(2 ** 31 - 1));
  if (values.replay !== undefined) {
    if (values.seed === undefined)
      throw new RangeError('--replay needs the --seed of the run that found the case (both are in its rerun line)');
    options.replay = values.replay;
  }
  if (values['time-limit'] !== undefined) {
    const seconds = Number(values['time-limit']);
    if (values['time-limit'].trim() === '' || !(seconds > 0))
      throw new RangeError(`--time-limit must be a positive number of seconds, not "${values['time-limit']}"`);
    options.timeLimitMs = seconds * 1000;
  }
  return options;
}

function readInteger(flag: string, value: string, min: number): number {
  const number = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || number < min || number > 2 ** 31 - 1)
    throw new RangeError(`${flag} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, not "${value}"`);
  return number;
}
