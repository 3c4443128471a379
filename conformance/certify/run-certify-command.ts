import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { certifyChecks } from './certify-checks.js';
import { certifyCommand, type CertifyOptions } from './certify-client.js';
import { certifyScenarios } from './certify-scenarios.js';
import { formatCertifyJson, formatCertifyJunit, formatCertifySummary } from './format-certify.js';
import { CommandStartError } from './run-client-command.js';

/** What the certify command reads and writes (the CLI's io has this shape). */
export interface CertifyIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const usage = [
  'usage: ingo-session certify [--scenario NAME]... [--strict] [--json FILE] [--junit FILE] -- COMMAND [ARG...]',
  '',
  'Runs COMMAND once per scenario, each against a fresh scripted server on loopback, and grades what the',
  'client did. COMMAND gets INGO_BASE_URL, INGO_USERNAME, INGO_SECRET and INGO_BODY_FILE; it makes one',
  "Create Session call with that body (retrying as it sees fit), prints the final answer's JSON on stdout",
  'and exits 0 on success, non-zero on failure.',
  '',
  '  --scenario NAME   run only this scenario (repeatable); one of:',
  ...certifyScenarios.map((s) => `                      ${s.name.padEnd(20)} ${s.summary}`),
  '  --strict          RECOMMENDED checks count toward the exit code too',
  '  --json FILE       write the full report as JSON',
  '  --junit FILE      write the report as JUnit XML',
  '',
  'Checks:',
  ...Object.entries(certifyChecks).map(([name, c]) => `  ${c.level.padEnd(12)} ${name.padEnd(22)} ${c.title}`),
  '',
  'Exit codes: 0 every REQUIRED check passed (with --strict, every RECOMMENDED one too); 1 a check failed;',
  '2 bad usage or a command that cannot start.',
  '',
].join('\n');

interface ParsedArgs {
  scenarios: string[];
  strict: boolean;
  json?: string;
  junit?: string;
  command: string[];
}

/** `ingo-session certify`: parses argv, runs certification, writes the reports; returns the exit code. */
export async function runCertifyCommand(argv: readonly string[], io: CertifyIo, options: CertifyOptions = {}): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    io.stdout(usage);
    return 0;
  }
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    io.stderr(`ingo-session certify: ${parsed} (see --help)\n`);
    return 2;
  }
  const [command, ...args] = parsed.command as [string, ...string[]];
  let report;
  try {
    report = await certifyCommand(command, args, {
      ...options,
      scenarios: parsed.scenarios,
      strict: parsed.strict,
      onScenario: (s) => {
        const failed = s.checks.filter((c) => !c.passed).map((c) => c.check);
        io.stderr(`${s.scenario}: ${s.attempts.length} attempt(s), ${failed.length === 0 ? 'ok' : `failed ${failed.join(', ')}`}\n`);
      },
    });
  } catch (error) {
    if (!(error instanceof CommandStartError)) throw error;
    io.stderr(`ingo-session certify: ${error.message}\n`);
    return 2;
  }
  if (parsed.json !== undefined) await writeFile(resolve(io.cwd, parsed.json), formatCertifyJson(report));
  if (parsed.junit !== undefined) await writeFile(resolve(io.cwd, parsed.junit), formatCertifyJunit(report));
  io.stdout(formatCertifySummary(report));
  return report.exitCode;
}

function parseArgs(argv: readonly string[]): ParsedArgs | string {
  const separator = argv.indexOf('--');
  if (separator === -1 || separator === argv.length - 1) return 'give the client command after --';
  const parsed: ParsedArgs = { scenarios: [], strict: false, command: argv.slice(separator + 1) };
  const flags = argv.slice(0, separator);
  for (let i = 0; i < flags.length; i += 1) {
    const flag = flags[i]!;
    if (flag === '--strict') {
      parsed.strict = true;
      continue;
    }
    const value = flags[i + 1];
    if (flag !== '--scenario' && flag !== '--json' && flag !== '--junit') return `unknown option ${flag}`;
    if (value === undefined || value.startsWith('--')) return `${flag} needs a value`;
    i += 1;
    if (flag === '--scenario') {
      if (!certifyScenarios.some((s) => s.name === value))
        return `unknown scenario "${value}": use one of ${certifyScenarios.map((s) => s.name).join(', ')}`;
      parsed.scenarios.push(value);
    } else if (flag === '--json') parsed.json = value;
    else parsed.junit = value;
  }
  return parsed;
}
