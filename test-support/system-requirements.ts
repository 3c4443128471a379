/**
 * Tests that need something npm cannot install (a system service such as Debian's redis-server, a
 * toolchain such as python3 or javac) run where it is there. Where it is not, `npm test` skips them
 * and says so in one line, so that a newcomer's bare machine is green; CI sets
 * INGO_REQUIRE_SERVICES=1 (.ci/run), which turns each such skip into a failure naming what is missing,
 * so CI runs every test.
 */
import { spawnSync } from 'node:child_process';
import { beforeEach } from 'vitest';

/** Something a test needs from the machine, and how to get it. */
export interface SystemRequirement {
  /** What is needed, e.g. "redis-server". */
  name: string;
  /** The command that proves it is there, when it is; undefined when it is missing. */
  found: string | undefined;
  /** How to install it. */
  install: string;
}

/** What a test file does about a requirement: run, or skip/fail with a one-line reason. */
export type RequirementDecision = { action: 'run' } | { action: 'skip' | 'fail'; message: string };

/** The variable CI sets so that a missing requirement fails instead of skipping. */
export const requireServicesVariable = 'INGO_REQUIRE_SERVICES';

/** Pure: run when found; otherwise skip, or fail when `env` demands every service. */
export function decide(requirement: SystemRequirement, env: NodeJS.ProcessEnv = process.env): RequirementDecision {
  if (requirement.found !== undefined) return { action: 'run' };
  const missing = `${requirement.name} is not installed (${requirement.install})`;
  return env[requireServicesVariable] === '1'
    ? { action: 'fail', message: `${missing}; ${requireServicesVariable}=1 requires it` }
    : { action: 'skip', message: `${missing}: its tests are skipped` };
}

/** The first of `candidates` whose `args` run with exit 0 and print `expected`, looked up on `env.PATH`. */
export function findProgram(
  candidates: string[],
  args: string[],
  expected: RegExp,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  return candidates.find((command) => {
    const probe = spawnSync(command, args, { encoding: 'utf8', env, timeout: 10_000 });
    return probe.status === 0 && expected.test(`${probe.stdout}${probe.stderr}`);
  });
}

/** Debian's redis-server (`REDIS_SERVER` names another binary). */
export function redisServer(env: NodeJS.ProcessEnv = process.env): SystemRequirement {
  return {
    name: 'redis-server',
    found: findProgram([env.REDIS_SERVER ?? 'redis-server'], ['--version'], /Redis server v=/, env),
    install: 'apt-get install -y redis-server, as .ci/run does, or set REDIS_SERVER to a redis-server binary',
  };
}

/** Python 3. */
export function python3(env: NodeJS.ProcessEnv = process.env): SystemRequirement {
  return {
    name: 'python3',
    found: findProgram(['python3'], ['--version'], /Python 3\./, env),
    install: 'apt-get install -y python3',
  };
}

/** A JDK's javac (17 or later). */
export function javac(env: NodeJS.ProcessEnv = process.env): SystemRequirement {
  return {
    name: 'javac',
    found: findProgram(['javac'], ['-version'], /javac (1[7-9]|[2-9]\d)/, env),
    install: 'apt-get install -y openjdk-17-jdk-headless',
  };
}

/**
 * Call at the top of a test file (or of a describe block) whose tests need `requirement`: when it
 * is missing, skips those tests with the reason as their note (test-support/skip-notes-reporter.ts
 * prints each reason once, at the end of the run), or fails each of them under
 * INGO_REQUIRE_SERVICES=1. Returns whether the tests will run.
 */
export function needs(requirement: SystemRequirement): boolean {
  const decision = decide(requirement);
  if (decision.action === 'run') return true;
  beforeEach((context) => {
    if (decision.action === 'skip') context.skip(decision.message);
    throw new Error(decision.message);
  });
  return false;
}

/**
 * Inside one test, for a file whose other tests need nothing: skips this test (the reason as its
 * note) when `requirement` is missing, or throws under INGO_REQUIRE_SERVICES=1.
 */
export function requireInTest(context: { skip(note?: string): never }, requirement: SystemRequirement): void {
  const decision = decide(requirement);
  if (decision.action === 'skip') context.skip(decision.message);
  if (decision.action === 'fail') throw new Error(decision.message);
}
