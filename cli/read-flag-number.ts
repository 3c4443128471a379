import { usageError } from './cli-exit-codes.js';

/** The range a numeric flag accepts. */
export interface NumberRange {
  integer?: boolean;
  min?: number;
  max?: number;
  /** The value must be greater than `min`, not equal to it. */
  aboveMin?: boolean;
}

/**
 * Reads a numeric flag's value, or throws a usage error naming the flag and the range, the same
 * for a word, an empty value and a negative number: `--port must be an integer from 0 to 65535, not "-1"`.
 */
export function readFlagNumber(
  flag: string,
  value: string,
  { integer = false, min, max, aboveMin = false }: NumberRange = {},
): number {
  const number = value.trim() === '' ? Number.NaN : Number(value);
  const fits =
    Number.isFinite(number) &&
    (!integer || Number.isInteger(number)) &&
    (min === undefined || (aboveMin ? number > min : number >= min)) &&
    (max === undefined || number <= max);
  if (!fits) throw usageError(`${flag} must be ${describeRange({ integer, min, max, aboveMin })}, not "${value}"`);
  return number;
}

function describeRange({
  integer,
  min,
  max,
  aboveMin,
}: Required<Pick<NumberRange, 'integer' | 'aboveMin'>> & NumberRange): string {
  const kind = integer ? 'an integer' : 'a number';
  if (min !== undefined && max !== undefined && !aboveMin) return `${kind} from ${min} to ${max}`;
  if (min !== undefined && max !== undefined) return `${kind} above ${min} and at most ${max}`;
  if (min !== undefined) return `${kind} ${aboveMin ? '>' : '≥'} ${min}`;
  return kind;
}
