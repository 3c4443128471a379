// The error modules themselves, not the package's main entry: commands that load lazily (the
// embedded conformance run) should not pay for the whole public surface to print an error.
import { ConfigurationError, isConfigurationError } from '../errors/configuration-error.js';
import { isIngoSessionError, redactSecrets } from '../errors/ingo-session-error.js';
import { isRequestValidationError } from '../errors/request-validation-error.js';
import { isSigningError } from '../signing/signing-error.js';
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

/** Whether an error is the user's to fix (flags, environment, body), so exit 2 rather than 1. */
export function isUsageError(error: unknown): boolean {
  return isConfigurationError(error) || isRequestValidationError(error) || isSigningError(error);
}

/**
 * Writes one line `ingo-session <command>: <message>` to stderr (line breaks folded, secrets
 * redacted; usage errors point at --help) and returns the exit code: 2 for usage errors, 1 for
 * any other ingo-session error. Anything else is a bug and is rethrown.
 */
export function reportCliError(
  io: CliIo,
  command: string,
  error: unknown,
  secrets: readonly string[] = [],
  isUsage = isUsageError,
): number {
  if (!isIngoSessionError(error)) throw error;
  const usage = isUsage(error);
  writeCliError(io, command, usage ? withHelpHint(error.message) : error.message, secrets);
  return usage ? exitCodes.usage : exitCodes.refused;
}

/** Appends where to read the options (the line already names the command), unless the message already says. */
export function withHelpHint(message: string): string {
  return message.includes('--help') ? message : `${message} (see --help)`;
}

/** The one-line error format of every subcommand. */
export function writeCliError(io: CliIo, command: string, message: string, secrets: readonly string[] = []): void {
  const line = redactSecrets(message, secrets)
    .replace(/\s*\n\s*/g, '; ')
    .trim();
  io.stderr(`ingo-session${command ? ` ${command}` : ''}: ${line}\n`);
}
