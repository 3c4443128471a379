import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { certifyCommand, type CertifyOptions } from './certify-client.js';
import { certifyScenarios } from './certify-scenarios.js';
import { formatCertifyJson, formatCertifyJunit, formatCertifySummary } from './format-certify.js';
import { isCommandStartError } from './run-client-command.js';

/** What `ingo-session certify` was asked, once its arguments are parsed. */
export interface CertifyRequest {
  /** The client command and its arguments (everything after `--`). */
  command: readonly string[];
  /** `--scenario NAME`, repeatable; every scenario when empty. */
  scenarios: readonly string[];
  strict: boolean;
  /** `--json FILE`, `--junit FILE`: relative to `io.cwd`. */
  json?: string | undefined;
  junit?: string | undefined;
}

/** What the certify command reads and writes (the CLI's io has this shape). */
export interface CertifyIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/**
 * `ingo-session certify`, past argument parsing: runs the command through the scenarios, prints a
 * line per scenario on stderr and the summary table on stdout, writes the JSON and JUnit reports,
 * and returns the exit code: 0 certified, 1 a counted check failed, 2 a command that cannot start.
 * Throws a ConfigurationError (exit 2) for a missing command or an unknown scenario.
 */
export async function runCertify(
  request: CertifyRequest,
  io: CertifyIo,
  options: CertifyOptions = {},
): Promise<number> {
  const [command, ...args] = request.command;
  if (command === undefined || command === '') throw new ConfigurationError('give the client command after --');
  for (const name of request.scenarios)
    if (!certifyScenarios.some((s) => s.name === name))
      throw new ConfigurationError(
        `unknown scenario "${name}": use one of ${certifyScenarios.map((s) => s.name).join(', ')}`,
      );
  let report;
  try {
    report = await certifyCommand(command, args, {
      ...options,
      scenarios: request.scenarios,
      strict: request.strict,
      onScenario: (s) => {
        const failed = s.checks.filter((c) => !c.passed).map((c) => c.check);
        io.stderr(
          `${s.scenario}: ${s.attempts.length} attempt(s), ${failed.length === 0 ? 'ok' : `failed ${failed.join(', ')}`}\n`,
        );
      },
    });
  } catch (error) {
    if (!isCommandStartError(error)) throw error;
    io.stderr(`ingo-session certify: ${error.message}\n`);
    return 2;
  }
  if (request.json !== undefined) await writeFile(resolve(io.cwd, request.json), formatCertifyJson(report));
  if (request.junit !== undefined) await writeFile(resolve(io.cwd, request.junit), formatCertifyJunit(report));
  io.stdout(formatCertifySummary(report));
  return report.exitCode;
}
