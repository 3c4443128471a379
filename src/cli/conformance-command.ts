import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
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
  probeBaseUrl,
  runConformance,
  selectCases,
  specLimits,
  answerLimits,
  type RunConformanceOptions,
} from '../../conformance/index.js';
import { describeExitCodes, isUsageError, reportCliError, usageError, writeCliError } from './cli-exit-codes.js';
import type { CliIo } from './cli-io.js';
import { parseFlags } from './parse-flags.js';
import { readBaseUrl } from './read-base-url.js';
import { readFlagNumber } from './read-flag-number.js';
import { generationArgOptions, generationUsage, readGenerationFlags, readTimeLimitFlag } from './generation-flags.js';

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

With --base-url, one unsigned HEAD first checks that the server answers at all; if it does not,
the run stops there with one line instead of failing every case on the same transport error.
No answer is read past ${answerLimits.maxBytes} bytes or ${answerLimits.maxDepth} levels of nesting (x-ingo-limits): the case
fails at once naming why, the connection is dropped, and the run goes on.

${describeExitCodes('every selected case passes or only warns (with --profile no-auth: none fails)', 'a case fails, or --base-url cannot be reached')}
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
    ({ values } = parseFlags({
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
        'time-limit': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return reportCliError(io, 'conformance', error);
  }
  if (values.help) {
    io.stdout(usage);
    return 0;
  }
  let secret = '';
  try {
    const tags = splitList(values.tags);
    const exclude = splitList(values['exclude-tags']);
    const profile = resolveProfile(values.profile ?? 'strict');
    if (values.list) {
      io.stdout(listCases(tags, exclude));
      return 0;
    }
    const options: RunConformanceOptions = {
      tags,
      exclude,
      profile,
      strictAssumptions: values['strict-assumptions'] === true,
    };
    const baseUrl = values['base-url'] === undefined ? undefined : readBaseUrl(values['base-url']).href;
    if (baseUrl !== undefined) {
      let credentials;
      try {
        // Imported only here: it loads the package's main entry, which the embedded run never needs.
        credentials = (await import('./read-credentials.js')).readCredentials(io);
      } catch (error) {
        return reportCliError(
          io,
          'conformance',
          usageError(`--base-url needs credentials: ${(error as Error).message}`),
        );
      }
      secret = credentials.secret;
      Object.assign(options, { baseUrl, credentials, requestsPerSecond: specLimits.requestsPerSecond });
    }
    if (values.rate !== undefined) options.requestsPerSecond = readNumber('--rate', values.rate);
    if (values.concurrency !== undefined)
      options.concurrency = readFlagNumber('--concurrency', values.concurrency, { integer: true, min: 1 });
    if (values['timeout-ms'] !== undefined) options.timeoutMs = readNumber('--timeout-ms', values['timeout-ms']);
    const generation = readGenerationFlags(values);
    if (generation) options.generation = generation;
    const timeLimitMs = readTimeLimitFlag(values['time-limit']);
    if (timeLimitMs !== undefined) options.timeLimitMs = timeLimitMs;
    if (baseUrl !== undefined) {
      // One probe: an unreachable server is one line and exit 1, not a transport failure per case.
      const unreachable = await probeBaseUrl(baseUrl, { timeoutMs: options.timeoutMs ?? 10_000 });
      if (unreachable !== undefined) {
        writeCliError(io, 'conformance', `cannot reach --base-url ${baseUrl}: ${unreachable}; no case was run`);
        return 1;
      }
    }

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
    // Options the suite cannot run with (unknown tag or profile, bad flags) are usage errors.
    if (error instanceof RangeError) return reportCliError(io, 'conformance', usageError(error.message));
    return reportCliError(io, 'conformance', error, [secret], (e) => isUsageError(e) || isConformanceError(e));
  }
}

function splitList(value: string | undefined): string[] {
  return value === undefined
    ? []
    : value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
}

function readNumber(flag: string, value: string): number {
  return readFlagNumber(flag, value, { min: 0, aboveMin: true });
}

function listCases(tags: string[], exclude: string[]): string {
  const catalog = createCatalog();
  const { selected } = selectCases(catalog, { tags, exclude, optIn: optInTags });
  const chosen = new Set(selected.map((c) => c.id));
  const width = Math.max(...catalog.map((c) => c.id.length));
  const lines = catalog.map(
    (c) => `${chosen.has(c.id) ? '*' : ' '} ${c.id.padEnd(width)}  [${c.tags.join(', ')}]  ${c.title}`,
  );
  return `${lines.join('\n')}\n\n${selected.length} of ${catalog.length} cases selected (*)\n`;
}
