import { usageError } from './cli-exit-codes.js';
import { readFlagNumber, type NumberRange } from './read-flag-number.js';

/**
 * One row of a command's flag table: what `--help` says about the flag, how node:util's
 * parseArgs reads it, and how its text becomes the option the command runs with. A command
 * states each of its flags once, as one row; see defineCommand.
 */
export interface Flag<T> {
  /** The value's placeholder in the help (`FILE`, `N`, `URL`); absent for a switch (`--verbose`). */
  value?: string;
  /** The help text; a line break continues it on the next line, aligned. */
  help: string;
  /** The flag's value is a secret: kept out of every error line. */
  secret?: boolean;
  /** Shown bare in the usage line (`--body FILE`) rather than among the [options]. */
  required?: boolean;
  /** The flag may be given several times (`--host-uri A --host-uri B`): `read` then gets every value. */
  multiple?: boolean;
  /** Turns what parseArgs read (a string, true for a switch, the values of a `multiple` flag, undefined when absent) into the option. */
  read: (given: string | boolean | string[] | undefined, flag: string) => T;
}

/** A command's flags by name (`'base-url'`), in the order `--help` lists them. */
export type FlagTable = Record<string, Flag<unknown>>;

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** The options a flag table produces: each flag under its camel-cased name (`--base-url` → `baseUrl`). */
export type FlagOptions<F extends FlagTable> = {
  [K in keyof F & string as CamelCase<K>]: F[K] extends Flag<infer T> ? T : never;
};

/** A flag with a text value, as given, or read by `read` (which throws a usage error naming the flag). */
export function text(value: string, help: string): Flag<string | undefined>;
export function text<T>(value: string, help: string, read: (text: string, flag: string) => T): Flag<T | undefined>;
export function text(
  value: string,
  help: string,
  read: (text: string, flag: string) => unknown = (text) => text,
): Flag<unknown> {
  return { value, help, read: (given, flag) => (typeof given === 'string' ? read(given, flag) : undefined) };
}

/** A numeric flag in `range`, with `fallback` when it is absent (never a number from the help text). */
export function number(value: string, help: string, range: NumberRange, fallback: number): Flag<number>;
export function number(value: string, help: string, range?: NumberRange): Flag<number | undefined>;
export function number(value: string, help: string, range: NumberRange = {}, fallback?: number): Flag<unknown> {
  return {
    value,
    help,
    read: (given, flag) => (typeof given === 'string' ? readFlagNumber(flag, given, range) : fallback),
  };
}

/** A comma-separated list (`--tags a,b`), empty when absent. */
export function list(value: string, help: string): Flag<string[]> {
  return {
    value,
    help,
    read: (given) =>
      typeof given === 'string'
        ? given
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean)
        : [],
  };
}

/** A flag given once per value (`--host-uri A --host-uri B`), each value read by `read`; empty when absent. */
export function repeated<T>(value: string, help: string, read: (text: string, flag: string) => T): Flag<T[]> {
  return {
    value,
    help,
    multiple: true,
    read: (given, flag) =>
      (Array.isArray(given) ? given : typeof given === 'string' ? [given] : []).map((text) => read(text, flag)),
  };
}

/** A switch: true when given. */
export function boolean(help: string): Flag<boolean> {
  return { help, read: (given) => given === true };
}

/** The same flag, which the command cannot run without: `--body FILE is required`. */
export function required<T>(flag: Flag<T | undefined>): Flag<T> {
  return {
    ...flag,
    required: true,
    read: (given, name) => {
      const value = flag.read(given, name);
      if (value === undefined) throw usageError(`${[name, flag.value].filter(Boolean).join(' ')} is required`);
      return value;
    },
  };
}

/** The same flag, whose value is a secret: never repeated in an error line. */
export function secret<T>(flag: Flag<T>): Flag<T> {
  return { ...flag, secret: true };
}
