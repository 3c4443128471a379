// The error modules themselves, not the package's main entry: commands that load lazily (the
// embedded conformance run) should not pay for the whole public surface to print an error.
import { isConformanceError } from '../conformance/conformance-error.js';
import { ConfigurationError, isConfigurationError } from '../src/errors/configuration-error.js';
import { isIngoSessionError, redactSecrets } from '../src/errors/ingo-session-error.js';
import { isExplainInputError } from '../src/explain/explain-input-error.js';
import { isRequestValidationError } from '../src/errors/request-validation-error.js';
import { isSigningError } from '../src/signing/signing-error.js';
import type { CliIo } from './cli-io.js';

/**
 * The exit codes every subcommand uses: 0 success; 1 the server (or the system) refused or could
 * not be reached; 2 bad usage or input (flags, environment, files), found before anything was sent.
 */
export const exitCodes = { success: 0, refused: 1, usage: 2 } as const;

/** The "Exit codes:" paragraph of a command's --help, in the same words everywhere. */
export function describeExitCodes(success: string, refused: string): string {
  return `Exit codes: 0 ${success}; 1 ${refused}; 2 bad usage or input (one line on stderr naming the flag).`;
}

/** A usage or input error: the user's flags, environment or files. Exit code 2. */
export function usageError(message: string): ConfigurationError {
  return new ConfigurationError(message);
}

/**
 * Whether an error is the user's to fix, so exit 2 rather than 1: flags, environment or files
 * (ConfigurationError), a body the spec refuses (RequestValidationError), input that cannot be
 * signed (SigningError), a capture that is not a request (ExplainInputError), or a conformance
 * run that cannot run as asked (ConformanceError).
 */
export function isUsageError(error: unknown): boolean {
  return [isConfigurationError, isRequestValidationError, isSigningError, isExplainInputError, isConformanceError].some(
    (is) => is(error),
  );
}

/**
 * The one error helper of every subcommand: writes `ingo-session <command>: <message>` to stderr
 * as one line (line breaks folded, secrets redacted; usage errors point at --help) and returns the
 * exit code: 2 for usage errors, 1 for any other ingo-session error. Anything else is a bug and is
 * rethrown.
 */
export function reportCliError(io: CliIo, command: string, error: unknown, secrets: readonly string[] = []): number {
  if (!isIngoSessionError(error)) throw error;
  if (!isUsageError(error)) return writeCliError(io, command, error.message, secrets, exitCodes.refused);
  const hinted = error.message.includes('--help') ? error.message : `${error.message} (see --help)`;
  return writeCliError(io, command, hinted, secrets, exitCodes.usage);
}

/** Writes one error line `ingo-session <command>: <message>` (folded, redacted) and returns `code`. */
export function writeCliError(
  io: CliIo,
  command: string,
  message: string,
  secrets: readonly string[] = [],
  code: number = exitCodes.refused,
): number {
  const line = redactSecrets(message, secrets)
    .replace(/\s*\n\s*/g, '; ')
    .trim();
  io.stderr(`ingo-session${command ? ` ${command}` : ''}: ${line}\n`);
  return code;
}
