import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { answerLimits } from '../conformance/read-answer.js';
import { parseBaseline, recordBaseline } from '../conformance/baseline.js';
import { createCatalog, optInTags } from '../conformance/conformance-catalog.js';
import { conformanceProfiles, resolveProfile } from '../conformance/conformance-profiles.js';
import { reportExitCode } from '../conformance/conformance-report.js';
import { createProgressPrinter } from '../conformance/create-progress-printer.js';
import { formatJsonReport } from '../conformance/format-json-report.js';
import { formatJunit } from '../conformance/format-junit.js';
import { formatSummary } from '../conformance/format-summary.js';
import { describeBadHostUri } from '../conformance/host-uri.js';
import { probeBaseUrl } from '../conformance/probe-base-url.js';
import { runConformance, type RunConformanceOptions } from '../conformance/run-conformance.js';
import { selectCases } from '../conformance/select-cases.js';
import { specLimits } from '../src/spec/signing-config.js';
import { usageError, writeCliError } from './cli-exit-codes.js';
import type { CliIo } from './cli-io.js';
import { defineCommand } from './define-command.js';
import { boolean, list, number, repeated, text } from './flags.js';
import { generationFlags, timeLimitFlag, toGenerationOptions } from './generation-flags.js';
import { readBaseUrl } from './read-base-url.js';

/** The process-like IO, optionally telling whether stderr is a terminal (for the live progress line). */
export type ConformanceCliIo = CliIo & { isTTY?: boolean };

/**
 * `ingo-session conformance`: runs the conformance suite, shows live progress on stderr, prints
 * the summary table on stdout, writes the requested reports and returns the exit code.
 */
export const runConformanceCommand = defineCommand({
  name: 'conformance',
  about: `Checks a Create Session server against the contract (openapi/session-management.yaml).
Without --base-url, the embedded mock is started in-process with fresh credentials.`,
  flags: {
    'base-url': text(
      'URL',
      'server under test, e.g. https://iip-session-management-uat.ingo.money\n(credentials from INGO_USERNAME and INGO_SECRET)',
      (url) => readBaseUrl(url).href,
    ),
    tags: list('a,b', `run only cases with one of these tags (opt-in: ${optInTags.join(', ')})`),
    'exclude-tags': list('c,d', 'never run cases with one of these tags'),
    profile: text(
      'NAME',
      `${Object.keys(conformanceProfiles).join(' | ')} (default strict); no-auth is for servers\nthat verify no signatures (Prism): auth and stateful cases are "not enforced"`,
      resolveProfile,
    ),
    'strict-assumptions': boolean(
      'count differences from example-derived or assumed spec rows\n(x-ingo-source) as failures instead of warnings',
    ),
    junit: text('FILE', 'write a JUnit XML report'),
    json: text('FILE', 'write a JSON report'),
    rate: number(
      'N',
      `most requests per second (default ${specLimits.requestsPerSecond} with --base-url, unlimited otherwise)`,
      { min: 0, aboveMin: true },
    ),
    concurrency: number('N', 'cases in flight at once (default 4)', { integer: true, min: 1 }),
    'timeout-ms': number('N', 'per-request timeout, the answer read to its end included (default 10000)', {
      min: 0,
      aboveMin: true,
    }),
    ...generationFlags,
    'host-uri': repeated(
      'URL',
      'a host_uri the server accepts (repeatable); positive cases carry host_uri\nonly from these, and omit it when none is given',
      readHostUri,
    ),
    baseline: text(
      'FILE',
      'fail only on findings this baseline does not record; report the recorded\nones apart (write it with --write-baseline)',
    ),
    'write-baseline': boolean("record this run's failures and warnings in --baseline FILE and exit 0"),
    'time-limit': timeLimitFlag,
    list: boolean('list the cases (selected ones marked *) and exit'),
  },
  notes: `With --base-url, one unsigned HEAD first checks that the server answers at all; if it does not,
the run stops there with one line instead of failing every case on the same transport error.
No answer is read past ${answerLimits.maxBytes} bytes or ${answerLimits.maxDepth} levels of nesting (x-ingo-limits): the case
fails at once naming why, the connection is dropped, and the run goes on.`,
  exitCodes: {
    success: 'every selected case passes or only warns (with --profile no-auth: none fails)',
    refused: 'a case fails, or --base-url cannot be reached',
  },
  run: async (options, io: ConformanceCliIo) => {
    if (options.list) {
      io.stdout(listCases(options.tags, options.excludeTags));
      return 0;
    }
    const run: RunConformanceOptions = {
      tags: options.tags,
      exclude: options.excludeTags,
      profile: options.profile ?? resolveProfile('strict'),
      strictAssumptions: options.strictAssumptions,
    };
    if (options.baseUrl !== undefined) {
      // Imported only here: it loads the package's main entry, which the embedded run never needs.
      const { readCredentials } = await import('./read-credentials.js');
      let credentials;
      try {
        credentials = readCredentials(io);
      } catch (error) {
        throw usageError(`--base-url needs credentials: ${(error as Error).message}`);
      }
      Object.assign(run, { baseUrl: options.baseUrl, credentials, requestsPerSecond: specLimits.requestsPerSecond });
    }
    if (options.rate !== undefined) run.requestsPerSecond = options.rate;
    if (options.concurrency !== undefined) run.concurrency = options.concurrency;
    if (options.timeoutMs !== undefined) run.timeoutMs = options.timeoutMs;
    const generation = toGenerationOptions(options);
    if (generation) run.generation = generation;
    if (options.hostUri.length > 0) run.hostUris = options.hostUri;
    if (options.writeBaseline && options.baseline === undefined)
      throw usageError('--write-baseline needs --baseline FILE to write to');
    const baselinePath = options.baseline === undefined ? undefined : resolve(io.cwd, options.baseline);
    if (baselinePath !== undefined && !options.writeBaseline) run.baseline = await readBaselineFile(baselinePath);
    if (options.timeLimit !== undefined) run.timeLimitMs = options.timeLimit * 1000;
    if (options.baseUrl !== undefined) {
      // One probe: an unreachable server is one line and exit 1, not a transport failure per case.
      const unreachable = await probeBaseUrl(options.baseUrl, { timeoutMs: run.timeoutMs ?? 10_000 });
      if (unreachable !== undefined)
        return writeCliError(
          io,
          'conformance',
          `cannot reach --base-url ${options.baseUrl}: ${unreachable}; no case was run`,
        );
    }

    const live = io.isTTY ?? (io.env === process.env && process.stderr.isTTY === true);
    const progress = createProgressPrinter({ write: io.stderr, live });
    const report = await runConformance({ ...run, onProgress: progress.onProgress });
    progress.finish();
    io.stdout(formatSummary(report));
    for (const [file, format, label] of [
      [options.junit, formatJunit, 'JUnit XML'],
      [options.json, formatJsonReport, 'JSON'],
    ] as const) {
      if (file === undefined) continue;
      const path = resolve(io.cwd, file);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, format(report));
      io.stderr(`wrote the ${label} report to ${path}\n`);
    }
    if (options.writeBaseline && baselinePath !== undefined) {
      const baseline = recordBaseline(report);
      await mkdir(dirname(baselinePath), { recursive: true });
      await writeFile(baselinePath, `${JSON.stringify(baseline, null, 2)}\n`);
      io.stderr(`wrote the baseline (${baseline.findings.length} findings) to ${baselinePath}\n`);
      return 0;
    }
    return reportExitCode(report);
  },
});

function readHostUri(text: string, flag: string): string {
  const wrong = describeBadHostUri(text);
  if (wrong !== undefined) throw usageError(`${flag} "${text.slice(0, 80)}" is ${wrong}`);
  return text;
}

async function readBaselineFile(path: string) {
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw usageError(`--baseline ${path} cannot be read: write it first with --write-baseline`);
  }
  try {
    return parseBaseline(text, path);
  } catch (error) {
    throw usageError((error as Error).message);
  }
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
