import type { ParseArgsConfig } from 'node:util';
import { describeExitCodes, exitCodes, reportCliError } from './cli-exit-codes.js';
import { credentialVariables, type CliIo } from './cli-io.js';
import type { Flag, FlagOptions, FlagTable } from './flags.js';
import { parseFlags } from './parse-flags.js';

/**
 * One subcommand of `ingo-session`, as data: its flag table produces its --help, its parser and its
 * options. Adding a flag is one row in `flags` (cli/flags.ts: `text`, `number`, `list`, `boolean`,
 * wrapped in `required` or `secret` as needed); `run` then reads it camel-cased from `options`.
 * Adding a command is one module exporting `defineCommand({ … })` and one row in cli/main.ts.
 */
export interface CommandDefinition<F extends FlagTable, Io extends CliIo> {
  /** `ingo-session <name>`. */
  name: string;
  /** What the command does: the paragraph under the usage line. */
  about: string;
  /** Every flag, once; `-h, --help` is added to each command. */
  flags: F;
  /** A paragraph after the flags (defaults, caveats), before the exit codes. */
  notes?: string;
  /** What exit codes 0 and 1 mean for this command; 2 is always bad usage or input. */
  exitCodes: { success: string; refused: string };
  /**
   * Runs with the options the flags produced and returns the exit code. An ingo-session error it
   * throws becomes one line on stderr and exit 2 (usage or input) or 1 (see reportCliError).
   */
  run: (options: FlagOptions<F>, io: Io) => Promise<number>;
}

/** A command ready to run: arguments (after the command's name) and IO in, exit code out. */
export type CliCommand<Io extends CliIo = CliIo> = (args: string[], io: Io) => Promise<number>;

const helpFlag: Flag<boolean> = { help: 'show this help', read: (given) => given === true };

/**
 * Builds a command from its definition: parses the arguments with the flag table (an unknown or
 * incomplete flag is a one-line usage error), answers `--help` with the generated usage, reads
 * the options and runs the command; any error it reports is redacted of INGO_SECRET and of every
 * flag marked secret.
 */
export function defineCommand<const F extends FlagTable, Io extends CliIo = CliIo>(
  definition: CommandDefinition<F, Io>,
): CliCommand<Io> {
  return async (args, io) => {
    const secrets = [io.env[credentialVariables.secret] ?? ''];
    try {
      const { values } = parseFlags({ args, options: parserOptions(definition.flags), strict: true });
      if (values.help === true) {
        io.stdout(formatUsage(definition));
        return exitCodes.success;
      }
      for (const [name, flag] of Object.entries(definition.flags))
        if (flag.secret && typeof values[name] === 'string') secrets.push(values[name]);
      return await definition.run(
        readOptions(definition.flags, values as Record<string, string | boolean | string[]>),
        io,
      );
    } catch (error) {
      return reportCliError(io, definition.name, error, secrets);
    }
  };
}

function parserOptions(flags: FlagTable): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, flag] of Object.entries(flags))
    options[name] = {
      type: flag.value === undefined ? 'boolean' : 'string',
      ...(flag.multiple ? { multiple: true } : {}),
    };
  return options;
}

function readOptions<F extends FlagTable>(flags: F, values: Record<string, string | boolean | string[] | undefined>) {
  const options: Record<string, unknown> = {};
  for (const [name, flag] of Object.entries(flags))
    options[name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = flag.read(
      values[name],
      `--${name}`,
    );
  return options as FlagOptions<F>;
}

/** The command's --help: usage line, what it does, the flags in table order, notes, exit codes. */
export function formatUsage({
  name,
  about,
  flags,
  notes,
  exitCodes,
}: Omit<CommandDefinition<FlagTable, CliIo>, 'run'>): string {
  const rows = [...Object.entries(flags), ['help', helpFlag] as const];
  const label = ([flag, { value }]: readonly [string, Flag<unknown>]) =>
    `${flag === 'help' ? '-h, ' : ''}--${flag}${value === undefined ? '' : ` ${value}`}`;
  const width = Math.max(...rows.map((row) => label(row).length)) + 2;
  const lines = rows.map((row) =>
    `  ${label(row).padEnd(width)}${row[1].help.replaceAll('\n', `\n  ${' '.repeat(width)}`)}`.trimEnd(),
  );
  const bare = rows.filter(([, flag]) => flag.required).map(label);
  return [
    `usage: ingo-session ${[name, ...bare, '[options]'].join(' ')}`,
    '',
    about,
    '',
    ...lines,
    '',
    ...(notes === undefined ? [] : [notes]),
    describeExitCodes(exitCodes.success, exitCodes.refused),
    '',
  ].join('\n');
}
