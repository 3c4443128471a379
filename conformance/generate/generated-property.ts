import type fc from 'fast-check';
import type { Credentials } from '../../src/signing/sign-request.js';
import type { SchemaCache } from '../../src/spec/create-schema-cache.js';
import type { CaseContext, CaseExpectation, CaseRequest } from '../conformance-case.js';
import type { CaseResult } from '../conformance-report.js';
import type { CheckFailure } from '../check-failure.js';
import { describeSourceRow } from '../../src/spec/find-constraint-source.js';
import { runCase } from '../run-case.js';
import type { RawResponse } from '../send-case-request.js';

/** What a generated case needs from the run: the target, its clock and the paced sender. */
export interface GeneratedEnv {
  baseUrl: string;
  credentials: Credentials;
  send: (request: CaseRequest) => Promise<RawResponse>;
  validators: SchemaCache;
  /** Epoch ms (the signing clock). */
  now: () => number;
  timer: () => number;
  sleep: (ms: number) => Promise<void>;
  randomUUID: () => string;
  /** Report a difference from an Assumption as a failure (`--strict-assumptions`). */
  strictAssumptions: boolean;
  /** host_uri values the server accepts (`--host-uri`); positive bodies carry host_uri only from these. */
  hostUris?: readonly string[];
}

/** A generated case's verdict; `warning`: the server differs from the spec only where the spec states an Assumption. */
export interface GeneratedVerdict {
  outcome: 'pass' | 'fail' | 'warning';
  result: CaseResult;
  /** For a warning: the Assumption the server differs from. */
  assumption?: string;
}

/** A drawn case as reports show it. */
export interface GeneratedExample {
  /** One line: what was sent and how it was broken. */
  summary: string;
  /** The bodies sent, exactly, in order (for curl). */
  bodies: readonly { body: string; idempotencyKey?: string }[];
  /** Whether `ingo-session sign --curl` can reproduce the request (false for header and signature perturbations). */
  curlable: boolean;
  /** How big the case is, for "shrunk to": members and characters of the bodies, or commands of a sequence. */
  size: string;
}

/** One property of the generative run: cases drawn from `arbitrary`, each run against the target. */
export interface GeneratedProperty<T = unknown> {
  /** Stable id, part of the replay id (`invalid-body/:required:recipient_information`). */
  id: string;
  title: string;
  /** The first tag is the report group; every generated property also has `generated`. */
  tags: readonly string[];
  /** Share of the run's cases. */
  weight: number;
  arbitrary: fc.Arbitrary<T>;
  run(value: T, env: GeneratedEnv): Promise<GeneratedVerdict>;
  describe(value: T): GeneratedExample;
}

/** A property of any value type, for lists of properties. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each property pairs its own arbitrary with its own run.
export type SomeGeneratedProperty = GeneratedProperty<any>;

/** A fresh context per case (fresh Idempotency-Keys), on the run's clock. */
export function caseContext(env: GeneratedEnv): CaseContext {
  return {
    credentials: env.credentials,
    now: () => new Date(env.now()),
    key: env.randomUUID(),
    otherKey: env.randomUUID(),
  };
}

/** How one single-request property builds and judges its request. */
export interface SingleRequestSpec<T> {
  build: (value: T, ctx: CaseContext) => CaseRequest | Promise<CaseRequest>;
  /** What must happen; a `basis` that is not documented makes a miss a warning, as in the catalog. */
  expect: (value: T) => CaseExpectation;
}

/** Runs one drawn request through the catalog's own case runner, so generated cases are checked and judged exactly like catalog cases. */
export async function runSingleRequest<T>(
  value: T,
  env: GeneratedEnv,
  id: string,
  title: string,
  tags: readonly string[],
  spec: SingleRequestSpec<T>,
): Promise<GeneratedVerdict> {
  const result = await runCase(
    { id, title, tags, build: (ctx) => spec.build(value, ctx), expect: spec.expect(value) },
    {
      context: caseContext(env),
      send: env.send,
      validators: env.validators,
      timer: env.timer,
      sleep: env.sleep,
      now: env.now,
      secrets: [env.credentials.secret],
      strictAssumptions: env.strictAssumptions,
    },
  );
  if (result.outcome === 'fail') return { outcome: 'fail', result };
  if (result.outcome === 'warning')
    return { outcome: 'warning', result, assumption: describeWarning(result.warnings[0]!) };
  return { outcome: 'pass', result };
}

/** A warning on one line, with the spec rows it rests on. */
export function describeWarning(warning: CheckFailure): string {
  const rows = (warning.sources ?? []).map((source) => `${describeSourceRow(source)} (${source.kind})`).join(', ');
  return rows ? `${warning.message} [spec: ${rows}]` : warning.message;
}
