import { certifyChecks } from '../conformance/certify/certify-checks.js';
import { certifyScenarios } from '../conformance/certify/certify-scenarios.js';
import { runCertify } from '../conformance/certify/run-certify.js';
import type { CliIo } from './cli-io.js';
import { defineCommand, type CliCommand } from './define-command.js';
import { boolean, list, text } from './flags.js';

/**
 * `ingo-session certify [--scenario NAME]… [--strict] [--json FILE] [--junit FILE] -- COMMAND [ARG…]`:
 * the flags before `--` go through the command's flag table; everything after it is the client
 * command. The work is conformance/certify's (runCertify).
 */
export const runCertifyCommand: CliCommand = (args, io) => {
  const separator = args.indexOf('--');
  const flags = separator === -1 ? args : args.slice(0, separator);
  const command = separator === -1 ? [] : args.slice(separator + 1);
  return certify(command)(joinRepeated(flags, '--scenario'), io);
};

const certify = (command: string[]) =>
  defineCommand({
    name: 'certify',
    about: `Certifies a Create Session client in any language: runs COMMAND (given after --) once per scenario,
each against a fresh scripted server on loopback, and grades every attempt the server saw and what
the command reported. COMMAND gets INGO_BASE_URL, INGO_USERNAME, INGO_SECRET and INGO_BODY_FILE; it
makes one Create Session call with that body (retrying as it sees fit), prints the final answer's
JSON on stdout and exits 0 on success, non-zero on failure. See docs/certification.md.

usage: ingo-session certify [--scenario NAME]... [--strict] [--json FILE] [--junit FILE] -- COMMAND [ARG...]`,
    flags: {
      scenario: list(
        'NAME',
        `run only this scenario (repeatable, or comma-separated); one of:\n${certifyScenarios.map((s) => s.name).join(', ')}`,
      ),
      strict: boolean('RECOMMENDED checks count toward the exit code too'),
      json: text('FILE', 'write the full report as JSON'),
      junit: text('FILE', 'write the report as JUnit XML'),
    },
    notes: [
      'Checks:',
      ...Object.entries(certifyChecks).map(([name, c]) => `  ${c.level.padEnd(12)} ${name.padEnd(22)} ${c.title}`),
      '',
    ].join('\n'),
    exitCodes: {
      success: 'every REQUIRED check passed (with --strict, every RECOMMENDED one too)',
      refused: 'a check failed (2 also when COMMAND cannot start)',
    },
    run: (options, io: CliIo) =>
      runCertify(
        { command, scenarios: options.scenario, strict: options.strict, json: options.json, junit: options.junit },
        io,
      ),
  });

/** `--scenario a --scenario b` as the list flag reads it: `--scenario a,b`. */
function joinRepeated(args: readonly string[], flag: string): string[] {
  const values: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === flag && i + 1 < args.length && !args[i + 1]!.startsWith('--')) values.push(args[++i]!);
    else if (args[i]!.startsWith(`${flag}=`)) values.push(args[i]!.slice(flag.length + 1));
    else rest.push(args[i]!);
  }
  return values.length === 0 ? rest : [...rest, flag, values.join(',')];
}
