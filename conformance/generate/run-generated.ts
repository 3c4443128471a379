import fc from 'fast-check';
import type { CaseResult } from '../conformance-report.js';
import { ConformanceError } from '../conformance-error.js';
import { runPool } from '../run-pool.js';
import { allocateRuns, propertySeed } from './allocate-runs.js';
import { bodyProperties } from './body-properties.js';
import type { GeneratedCaseInfo } from './generated-case-info.js';
import type { GeneratedEnv, GeneratedExample, GeneratedVerdict, SomeGeneratedProperty } from './generated-property.js';
import { headerProperties } from './header-properties.js';
import { idempotencyProperty } from './idempotency-property.js';
import { curlCommand, parseReplayId, replayId, rerunCommand } from './rerun-commands.js';

/** How many cases to generate and from which seed. */
export interface GenerateOptions {
  /** Cases to generate, split over the properties by weight. */
  cases: number;
  seed: number;
  /** Run only this shrunk case (`property@path`, from a report's rerun command). */
  replay?: string;
  /** Stop generating (and shrinking) after this long; properties not reached are reported as skipped. */
  timeLimitMs?: number;
  /** For rerun commands: the server under test, absent for the embedded mock. */
  baseUrl?: string;
  /** Properties run at once (1 by default). */
  concurrency?: number;
}

/** Every generated property, in report order. */
export function generatedProperties(env: Pick<GeneratedEnv, 'validators' | 'hostUris'>): SomeGeneratedProperty[] {
  return [
    ...bodyProperties(env.validators, env.hostUris),
    ...headerProperties(env.validators, env.hostUris),
    idempotencyProperty(env.validators, env.hostUris),
  ];
}

/** Candidates run while shrinking one divergence, at most: each is a request (or a sequence of them) to the target. */
export const MAX_SHRINK_RUNS = 250;

interface Found {
  value: unknown;
  verdict: GeneratedVerdict;
}

/**
 * Runs the generated properties with fast-check, one after another, and returns one result per
 * property. A property fails at its first divergence, which fast-check then shrinks to a minimal
 * case (re-running it against the target) and which is reported with its seed, path, a rerun
 * command and a curl command. Differences only from Assumptions are warnings: they do not stop a
 * property, and when a property has no failure one warning is shrunk the same way.
 */
export async function runGenerated(
  env: GeneratedEnv,
  options: GenerateOptions,
  onResult?: (result: CaseResult) => void,
  properties: readonly SomeGeneratedProperty[] = generatedProperties(env),
): Promise<CaseResult[]> {
  const replay = options.replay === undefined ? undefined : parseReplayId(options.replay);
  if (options.replay !== undefined && (replay === undefined || !properties.some((p) => p.id === replay.propertyId))) {
    throw new ConformanceError(
      `--replay ${JSON.stringify(options.replay)} names no generated case: use the id from a report (property@path, e.g. valid-body@3:0)`,
    );
  }
  const order = shuffled(properties.length, options.seed);
  const runs = replay
    ? properties.map((p) => (p.id === replay.propertyId ? Number(replay.path.split(':')[0]) + 1 : 0))
    : allocateRuns(
        properties.map((p) => p.weight),
        options.cases,
        order,
      );
  const deadline = options.timeLimitMs === undefined ? Infinity : env.timer() + options.timeLimitMs;
  const results: CaseResult[] = [];
  // Properties share no state (every case uses fresh Idempotency-Keys), so several run at once; each runs its cases in order.
  await runPool([...properties.keys()], options.concurrency ?? 1, async (index) => {
    const property = properties[index]!;
    const result =
      runs[index] === 0
        ? skipped(
            property,
            replay ? 'not the replayed case' : `no case left of ${options.cases} (seed ${options.seed})`,
          )
        : env.timer() >= deadline
          ? skipped(property, 'time limit reached')
          : await runProperty(property, runs[index]!, env, options, deadline, replay?.path);
    results[index] = result;
    onResult?.(result);
  });
  return results;
}

async function runProperty(
  property: SomeGeneratedProperty,
  numRuns: number,
  env: GeneratedEnv,
  options: GenerateOptions,
  deadline: number,
  path: string | undefined,
): Promise<CaseResult> {
  const started = env.timer();
  const seed = propertySeed(options.seed, property.id);
  let warnings = 0;
  const check = async (failOnWarning: boolean) => {
    const remaining = deadline - env.timer();
    // The last case that failed the predicate: after shrinking, the minimal one.
    let last: Found | undefined;
    let sawWarning = false;
    let shrinkRuns = 0;
    const details = await fc.check(
      fc.asyncProperty(property.arbitrary, async (value) => {
        // Past the shrink budget every further candidate counts as holding, unsent: fast-check then ends with the smallest case found so far.
        if (last !== undefined && ++shrinkRuns > MAX_SHRINK_RUNS) return true;
        const verdict = await property.run(value, env);
        if (verdict.outcome === 'warning') {
          sawWarning = true;
          if (!failOnWarning) warnings++;
        }
        const holds = verdict.outcome === 'pass' || (verdict.outcome === 'warning' && !failOnWarning);
        if (!holds) last = { value, verdict };
        return holds;
      }),
      {
        seed,
        numRuns,
        ...(path === undefined ? {} : { path }),
        ...(remaining === Infinity ? {} : { interruptAfterTimeLimit: Math.max(1, Math.floor(remaining)) }),
        markInterruptAsFailure: false,
      },
    );
    return { details, last, sawWarning };
  };
  const first = await check(false);
  let { details, last: shrunk } = first;
  if (!details.failed && first.sawWarning) {
    // No failure, some warning: find and shrink one, so that it too is reported minimal.
    const second = await check(true);
    if (second.details.failed) ({ details, last: shrunk } = second);
  }
  const info: GeneratedCaseInfo = {
    property: property.id,
    seed: options.seed,
    propertySeed: seed,
    runs: details.numRuns,
    shrinks: details.numShrinks,
    warnings,
    interrupted: details.interrupted,
  };
  const base = {
    id: `generated/${property.id}`,
    title: property.title,
    tags: [...property.tags, 'generated'],
    durationMs: env.timer() - started,
  };
  if (!details.failed || shrunk === undefined) {
    const note = `${details.numRuns} generated case${details.numRuns === 1 ? '' : 's'}, seed ${options.seed}${details.interrupted ? ', interrupted by the time limit' : ''}`;
    return { ...base, outcome: 'pass', failures: [], warnings: [], note, exchanges: [], generated: info };
  }
  const example: GeneratedExample = property.describe(shrunk.value);
  const id = replayId(property.id, details.counterexamplePath!);
  const curl = curlCommand(example, env.baseUrl);
  Object.assign(info, {
    path: details.counterexamplePath!,
    replay: id,
    rerun: rerunCommand(
      { ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }), seed: options.seed },
      id,
    ),
    example: { summary: example.summary, size: example.size },
    ...(curl === undefined ? {} : { curl }),
  });
  if (shrunk.verdict.assumption !== undefined) info.assumption = shrunk.verdict.assumption;
  const isFailure = shrunk.verdict.outcome === 'fail';
  const note = `${isFailure ? 'failed' : 'differs from an Assumption'} after ${details.numRuns} generated case${details.numRuns === 1 ? '' : 's'} (seed ${options.seed}); shrunk ${details.numShrinks} times to ${example.size}; rerun: ${info.rerun}`;
  const { failures, warnings: shrunkWarnings, exchanges } = shrunk.verdict.result;
  return {
    ...base,
    outcome: isFailure ? 'fail' : 'warning',
    failures,
    warnings: shrunkWarnings,
    note,
    exchanges,
    generated: info,
  };
}

function skipped(property: SomeGeneratedProperty, reason: string): CaseResult {
  return {
    id: `generated/${property.id}`,
    title: property.title,
    tags: [...property.tags, 'generated'],
    outcome: 'skipped',
    durationMs: 0,
    failures: [],
    warnings: [],
    note: reason,
    exchanges: [],
  };
}

/** Property indexes in an order drawn from the seed, for runs with fewer cases than properties. */
function shuffled(length: number, seed: number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  let state = propertySeed(seed, 'order') || 1;
  for (let i = length - 1; i > 0; i--) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = (state >>> 0) % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
