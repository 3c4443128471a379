import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  conformanceProfiles,
  createCatalog,
  createProgressPrinter,
  formatJsonReport,
  formatJunit,
  formatSummary,
  isConformanceError,
  optInTags,
  reportExitCode,
  resolveProfile,
  runConformance,
  selectCases,
  specLimits,
  type RunConformanceOptions,
} from '../../conformance/index.js';
import type { CliIo } from './cli-io.js';
import { generationArgOptions, generationUsage, readGenerationFlags } from './generation-flags.js';

const usage = `usage: ingo-session conformance [options]

Checks a Create Session server against the contract (openapi/session-management.yaml).
Without --base-url, the embedded mock is started in-process with fresh credentials.

  --base-url URL         server under test, e.g. https://iip-session-management-uat.ingo.money
                         (credentials from INGO_USERNAME and INGO_SECRET)
  --tags a,b             run only cases with one of these tags (opt-in: ${optInTags.join(', ')})
  --exclude-tags c,d     never run cases with one of these tags
  --profile NAME         ${Object.keys(conformanceProfiles).join(' | ')} (default strict); no-auth is for servers
                         that verify no signatures (Prism): auth and stateful cases are "not enforced"
  --strict-assumptions   count differences from example-derived or assumed spec rows
                         (x-ingo-source) as failures instead of warnings
  --junit FILE           write a JUnit XML report
  --json FILE            write a JSON report
  --rate N               most requests per second (default ${specLimits.requestsPerSecond} with --base-url, unlimited otherwise)
  --concurrency N        cases in flight at once (default 4)
  --timeout-ms N         per-request timeout (default 10000)
${generationUsage}  --list                 list the cases (selected ones marked *) and exit
  -h, --help             show this help

Exit code: 0 when every selected case passes or only warns (with --profile no-auth: when none fails),
1 when a case fails, 2 for a usage error.
`;

/** The process-like IO, optionally telling whether stderr is a terminal (for the live progress line). */
export type ConformanceCliIo = CliIo & { isTTY?: boolean };

/**
 * `ingo-session conformance`: runs the conformance suite, shows live progress on stderr, prints
 * the summary table on stdout, writes the requested reports and returns the exit code.
 */
export async function runConformanceCommand(args: string[], io: ConformanceCliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        'base-url': { type: 'string' },
        tags: { type: 'string' },
        'exclude-tags': { type: 'string' },
        profile: { type: 'string' },
        junit: { type: 'string' },
        json: { type: 'string' },
        rate: { type: 'string' },
        concurrency: { type: 'string' },
        'timeout-ms': { type: 'string' },
        list: { type: 'boolean' },
        'strict-assumptions': { type: 'boolean' },
        ...generationArgOptions,
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr(`ingo-session conformance: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    io.stdout(usage);
    return 0;
  }
  try {
    const tags = splitList(values.tags);
    const exclude = splitList(values['exclude-tags']);
    const profile = resolveProfile(values.profile ?? 'strict');
    if (values.list) {
      io.stdout(listCases(tags, exclude));
      return 0;
    }
    const options: RunConformanceOptions = { tags, exclude, profile, strictAssumptions: values['strict-assumptions'] === true };
    const baseUrl = values['base-url'];
    if (baseUrl !== undefined) {
      let credentials;
      try {
        // Imported only here: it loads the package's main entry, which the embedded run never needs.
        credentials = (await import('./read-credentials.js')).readCredentials(io);
      } catch (error) {
        io.stderr(`ingo-session conformance: --base-url needs credentials: ${(error as Error).message}\n`);
        return 2;
      }
      Object.assign(options, { baseUrl, credentials, requestsPerSecond: specLimits.requestsPerSecond });
    }
    if (values.rate !== undefined) options.requestsPerSecond = readNumber('--rate', values.rate);
    if (values.concurrency !== undefined) options.concurrency = readNumber('--concurrency', values.concurrency);
    if (values['timeout-ms'] !== undefined) options.timeoutMs = readNumber('--timeout-ms', values['timeout-ms']);
    const generation = readGenerationFlags(values);
    if (generation) options.generation = generation;

    const live = io.isTTY ?? (io.env === process.env && process.stderr.isTTY === true);
    const progress = createProgressPrinter({ write: io.stderr, live });
    const report = await runConformance({ ...options, onProgress: progress.onProgress });
    progress.finish();
    io.stdout(formatSummary(report));
    for (const [file, format, label] of [
      [values.junit, formatJunit, 'JUnit XML'],
      [values.json, formatJsonReport, 'JSON'],
    ] as const) {
      if (file === undefined) continue;
      const path = resolve(io.cwd, file);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, format(report));
      io.stderr(`wrote the ${label} report to ${path}\n`);
    }
    return reportExitCode(report);
  } catch (error) {
    if (!isConformanceError(error) && !(error instanceof RangeError)) throw error;
    io.stderr(`ingo-session conformance: ${error.message}\n`);
    return 2;
  }
}

function splitList(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(',').map((item) => item.trim()).filter(Boolean);
}

function readNumber(flag: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !(number > 0)) throw new RangeError(`${flag} must be a positive number, not "${value}"`);
  return number;
}

function listCases(tags: string[], exclude: string[]): string {
  const catalog = createCatalog();
  const { selected } = selectCases(catalog, { tags, exclude, optIn: optInTags });
  const chosen = new Set(selected.map((c) => c.id));
  const width = Math.max(...catalog.map((c) => c.id.length));
  const lines = catalog.map((c) => `${chosen.has(c.id) ? '*' : ' '} ${c.id.padEnd(width)}  [${c.tags.join(', ')}]  ${c.title}`);
  return `${lines.join('\n')}\n\n${selected.length} of ${catalog.length} cases selected (*)\n`;
}
