import { baseUrlProblem } from '../src/http/base-url-problem.js';
import { randomUUID as nodeRandomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import type { MockOptions } from '../src/mock/create-mock-handler.js';
import type { Credentials } from '../src/signing/sign-request.js';
import type { ConformanceCase } from './conformance-case.js';
import { createCatalog, optInTags } from './conformance-catalog.js';
import { ConformanceError } from './conformance-error.js';
import { resolveProfile, type ConformanceProfile, type ProfileName } from './conformance-profiles.js';
import { summarizeResults, type CaseResult, type ConformanceReport } from './conformance-report.js';
import { createRateGate } from './create-rate-gate.js';
import { createSchemaCache } from '../src/spec/create-schema-cache.js';
import { runCase } from './run-case.js';
import { runPool } from './run-pool.js';
import { selectCases } from './select-cases.js';
import { sendCaseRequest, type FetchLike } from './send-case-request.js';
import { startEmbeddedTarget } from './start-embedded-target.js';
import { startRunTimeLimit } from './run-time-limit.js';
import { resolveGeneration, type GenerationOptions } from './generate/resolve-generation.js';
import { applyBaseline, type Baseline } from './baseline.js';

/** Progress of a run, for live output. */
export type ConformanceProgress =
  | { type: 'start'; total: number; baseUrl: string; embeddedMock: boolean; profile: string }
  | { type: 'case'; result: CaseResult; done: number; total: number };

/** Options of a conformance run; with none, the default suite runs against the embedded mock. */
export interface RunConformanceOptions {
  /** The server under test; the embedded mock (started in-process) when absent. */
  baseUrl?: string;
  /** Required with `baseUrl`; made up for the embedded mock. */
  credentials?: Credentials;
  /** Run only cases with one of these tags. */
  tags?: readonly string[];
  /** Never run cases with one of these tags. */
  exclude?: readonly string[];
  /** `strict` (default) or `no-auth`, or a custom profile. */
  profile?: ProfileName | ConformanceProfile;
  /** Sends requests; the global fetch by default (a handler works too, for in-process targets). */
  fetch?: FetchLike;
  /** Signing clock (epoch ms), also the embedded mock's clock; `Date.now` by default. */
  now?: () => number;
  onProgress?: (event: ConformanceProgress) => void;
  /** Cases in flight at once (stateful cases always run one at a time, in order); 4 by default. */
  concurrency?: number;
  /** Most request starts per second; unlimited by default (use the spec's 5 against Ingo). */
  requestsPerSecond?: number;
  /** Per-request timeout; 10 s by default. */
  timeoutMs?: number;
  randomUUID?: () => string;
  /** Monotonic clock (ms) for durations and rate limiting; `performance.now` by default. */
  timer?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** The cases to choose from; the full catalog by default. */
  catalog?: readonly ConformanceCase[];
  /**
   * Count a server's differences from example-derived or assumed constraints (`x-ingo-source` in
   * the spec) as failures instead of warnings. False by default: documented facts always fail.
   */
  strictAssumptions?: boolean;
  /** Further options for the embedded mock. */
  mockOptions?: Omit<MockOptions, 'credentials' | 'now'>;
  /**
   * Also run cases generated from the spec (`--generate N --seed S`); see GenerationOptions. With
   * generation against a server, requests are paced at the spec's 5 per second unless
   * `requestsPerSecond` says otherwise.
   */
  generation?: GenerationOptions;
  /**
   * host_uri values the server under test accepts (`--host-uri`, repeatable). Ingo allow-lists
   * host_uri per client, so positive cases carry host_uri only from these, and omit it when none is
   * named; a refusal of any other host_uri is a warning, never a failure.
   */
  hostUris?: readonly string[];
  /**
   * Findings a team knowingly accepts (`--baseline FILE`, written by `--write-baseline`): the run
   * then fails only on new ones, and reports the recorded ones apart (`baselined`).
   */
  baseline?: Baseline;
  /**
   * The whole run's time bound, in real milliseconds, over every mode (catalog, generation, the
   * idempotency sequences): five minutes against a server, none against the embedded mock, by
   * default. Requests in flight when it is reached are ended; cases cut off or not reached are
   * skipped with a note saying so, and a catalog case left unrun fails the run.
   */
  timeLimitMs?: number;
}

/**
 * Runs the conformance suite and returns its report; never throws because of what a server
 * answers (only for options that make the run impossible, as a ConformanceError).
 */
export async function runConformance({
  baseUrl,
  credentials,
  tags,
  exclude,
  profile: profileOption = 'strict',
  fetch = globalThis.fetch,
  now = Date.now,
  onProgress,
  concurrency = 4,
  requestsPerSecond,
  timeoutMs = 10_000,
  randomUUID = nodeRandomUUID,
  timer = () => performance.now(),
  sleep = (ms) => delay(ms),
  hostUris = [],
  baseline,
  catalog = createCatalog({ hostUris }),
  mockOptions,
  strictAssumptions = false,
  generation: generationOption,
  timeLimitMs,
}: RunConformanceOptions = {}): Promise<ConformanceReport> {
  const profile = resolveProfile(profileOption);
  const generation = resolveGeneration(generationOption, { remote: baseUrl !== undefined });
  const { selected, skipped } =
    generation?.replay === undefined
      ? selectCases(catalog, { tags, exclude, optIn: optInTags })
      : {
          selected: [],
          skipped: catalog.map((c) => ({ conformanceCase: c, reason: 'not run: --replay runs one generated case' })),
        };
  if (baseUrl !== undefined) checkBaseUrl(baseUrl);
  if (baseUrl !== undefined && !credentials)
    throw new ConformanceError('credentials are required to test a server (INGO_USERNAME and INGO_SECRET for the CLI)');
  const limit = startRunTimeLimit(timeLimitMs, { remote: baseUrl !== undefined });
  const embedded =
    baseUrl === undefined
      ? await startEmbeddedTarget({ now, randomUUID, ...(mockOptions ? { mockOptions } : {}) })
      : undefined;
  const target = { baseUrl: embedded?.baseUrl ?? baseUrl!, credentials: embedded?.credentials ?? credentials! };
  try {
    const startedAt = new Date(now()).toISOString();
    const started = timer();
    const validators = createSchemaCache();
    const gate = createRateGate(
      requestsPerSecond ?? (generation && baseUrl !== undefined ? generation.remoteRequestsPerSecond : Infinity),
      { timer, sleep },
    );
    const send = async (request: Parameters<typeof sendCaseRequest>[0]) => {
      await gate();
      return sendCaseRequest(request, { baseUrl: target.baseUrl, fetch, timeoutMs, signal: limit.signal });
    };
    const generatedEnv = {
      baseUrl: target.baseUrl,
      credentials: target.credentials,
      send,
      validators,
      now,
      timer,
      sleep,
      randomUUID,
      strictAssumptions,
      hostUris,
    };
    // The generative code (and fast-check, 16-20 ms to load) loads only when generation is asked for.
    const generative = generation ? await import('./generate/run-generated.js') : undefined;
    const properties = generative ? generative.generatedProperties(generatedEnv) : [];
    const total = selected.length + properties.length;
    onProgress?.({
      type: 'start',
      total,
      baseUrl: target.baseUrl,
      embeddedMock: embedded !== undefined,
      profile: profile.name,
    });

    const results = new Map<string, CaseResult>();
    const runOne = async (conformanceCase: ConformanceCase) => {
      const result = limit.signal.aborted
        ? skippedResult(conformanceCase, limit.note)
        : limit.settle(await runSelected(conformanceCase));
      results.set(conformanceCase.id, result);
      onProgress?.({ type: 'case', result, done: results.size, total });
    };
    const runSelected = async (conformanceCase: ConformanceCase) => {
      const unenforcedTag = conformanceCase.tags.find((tag) => profile.unenforcedTags.includes(tag));
      return runCase(conformanceCase, {
        context: {
          credentials: target.credentials,
          now: () => new Date(now()),
          key: randomUUID(),
          otherKey: randomUUID(),
        },
        send,
        validators,
        ...(unenforcedTag
          ? { unenforcedReason: `not enforced by profile ${profile.name} (tag ${unenforcedTag})` }
          : {}),
        timer,
        sleep,
        now,
        secrets: [target.credentials.secret],
        strictAssumptions,
      });
    };
    // Stateful cases run one at a time in catalog order, alongside the pool of stateless ones.
    const stateful = selected.filter((c) => c.tags.includes('stateful'));
    const stateless = selected.filter((c) => !c.tags.includes('stateful'));
    await Promise.all([runPool(stateless, concurrency, runOne), runPool(stateful, 1, runOne)]);

    const skippedIds = new Map(skipped.map(({ conformanceCase, reason }) => [conformanceCase.id, reason]));
    let done = results.size;
    const generationStarted = timer();
    const generated =
      generative && generation
        ? (
            await generative.runGenerated(
              generatedEnv,
              {
                ...generation,
                // The caller's own generation limit, not resolveGeneration's default: the run's bound replaces that.
                ...generationTimeLimit(generationOption?.timeLimitMs, limit.remainingMs()),
                concurrency,
                ...(baseUrl === undefined ? {} : { baseUrl }),
              },
              (result) => onProgress?.({ type: 'case', result: limit.settle(result), done: ++done, total }),
              properties,
            )
          ).map(limit.settle)
        : [];
    const generationMs = timer() - generationStarted;
    const cases = [
      ...catalog.map((c): CaseResult => results.get(c.id) ?? skippedResult(c, skippedIds.get(c.id) ?? 'not selected')),
      ...generated,
    ];
    const { totals, rejectionForms } = summarizeResults(cases);
    // A catalog case the time limit left unrun is no pass: the run did not check what it was asked to.
    const cutShort = cases.some((c) => c.note === limit.note && !c.tags.includes('generated'));
    const passed = totals.fail === 0 && (profile.unenforcedTags.length > 0 || totals.notEnforced === 0) && !cutShort;
    const report: ConformanceReport = {
      target: { baseUrl: target.baseUrl, embeddedMock: embedded !== undefined },
      profile: { name: profile.name, description: profile.description, unenforcedTags: profile.unenforcedTags },
      strictAssumptions,
      startedAt,
      durationMs: timer() - started,
      totals,
      rejectionForms,
      passed,
      cases,
      ...(generation
        ? {
            generation: {
              seed: generation.seed,
              cases: generation.cases,
              ...(generation.replay === undefined ? {} : { replay: generation.replay }),
              durationMs: generationMs,
            },
          }
        : {}),
    };
    return baseline ? applyBaseline(report, baseline, { complete: !cutShort }) : report;
  } finally {
    limit.stop();
    await embedded?.close();
  }
}

/** Generation's own limit, if any, within what is left of the run's. */
function generationTimeLimit(own: number | undefined, remainingMs: number): { timeLimitMs?: number } {
  const timeLimitMs = Math.min(own ?? Infinity, remainingMs);
  return timeLimitMs === Infinity ? {} : { timeLimitMs };
}

function skippedResult(c: ConformanceCase, reason: string): CaseResult {
  return {
    id: c.id,
    title: c.title,
    tags: c.tags,
    outcome: 'skipped',
    durationMs: 0,
    failures: [],
    warnings: [],
    note: reason,
    exchanges: [],
  };
}

function checkBaseUrl(baseUrl: string): void {
  const problem = baseUrlProblem(baseUrl);
  if (problem) throw new ConformanceError(`base URL ${problem}`);
}
