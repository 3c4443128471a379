import { fileURLToPath } from 'node:url';
import { describeExitCodes, exitCodes, writeCliError } from './cli-exit-codes.js';
import { processIo, type CliIo } from './cli-io.js';
import type { CliCommand } from './define-command.js';
import { readPackageVersion } from './package-version.js';

// The commands: a name, a one-line summary and the module that defines it (see defineCommand).
// Each command's module is imported when that command runs, not before: `--help` loads none of
// them, and a command loads only what it uses. Adding a command is one row here and one module.
const commands: Record<string, { run: CliCommand; summary: string }> = {
  create: {
    run: async (args, io) => (await import('./create-command.js')).runCreateCommand(args, io),
    summary: 'create a session (signed) and print the response JSON',
  },
  sign: {
    run: async (args, io) => (await import('./sign-command.js')).runSignCommand(args, io),
    summary: 'print the signing headers for a body, or a ready-to-run curl command',
  },
  mock: {
    run: async (args, io) => (await import('./mock-command.js')).runMockCommand(args, io),
    summary: 'run the embedded mock server',
  },
  conformance: {
    run: async (args, io) => (await import('./conformance-command.js')).runConformanceCommand(args, io),
    summary: 'check a Create Session server against the contract',
  },
  explain: {
    run: async (args, io) => (await import('./explain-command.js')).runExplainCommand(args, io),
    summary: 'explain why a captured signed request gets a 401, and how to fix it',
  },
  certify: {
    run: async (args, io) => (await import('./certify-command.js')).runCertifyCommand(args, io),
    summary: 'certify a client in any language: run it through scripted failures and grade it',
  },
};

const usage = [
  'usage: ingo-session <command> [options]',
  '',
  ...Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(12)} ${summary}`),
  '',
  '  --version    print the version',
  '',
  'Credentials come from INGO_USERNAME and INGO_SECRET. Run `ingo-session <command> --help` for options.',
  describeExitCodes('success', 'the server refused or could not be reached'),
  '',
].join('\n');

/** Runs the CLI with `args` (without node and the script) and returns the exit code. */
export async function main(args: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage);
    return exitCodes.success;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout(`${readPackageVersion()}\n`);
    return exitCodes.success;
  }
  const command = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    const what = name === undefined ? 'no command given' : `unknown command "${name}"`;
    return writeCliError(
      io,
      '',
      `${what}: use one of ${Object.keys(commands).join(', ')} (see --help)`,
      [],
      exitCodes.usage,
    );
  }
  return command.run(rest, io);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
