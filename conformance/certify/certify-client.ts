import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { specLimits } from '../../src/spec/signing-config.js';
import { bodyFileText, certifyBodies } from './certify-bodies.js';
import { certifyChecks, everyScenarioChecks, type CheckName } from './certify-checks.js';
import { certifyScenarios, type CertifyScenario } from './certify-scenarios.js';
import type { CertifyReport, CheckResult, CheckSummary, ClientOutcome, ScenarioResult } from './certify-types.js';
import { runClientCommand, type CommandLimits } from './run-client-command.js';
import { startScriptedServer, type CertifyBounds } from './scripted-server.js';

/** What a client under test is given: the protocol's environment variables. */
export interface CertifyEnv {
  INGO_BASE_URL: string;
  INGO_USERNAME: string;
  INGO_SECRET: string;
  /** A file holding the body to send (JSON-equal is enough). */
  INGO_BODY_FILE: string;
}

/** What an in-process client reports: success or not, and the final answer (what a command prints). */
export interface CertifyRunResult {
  success: boolean;
  answer?: unknown;
}

/** Options of a certification run; every one has a default. */
export interface CertifyOptions {
  /** Scenario names to run; every scenario by default. */
  scenarios?: readonly string[];
  /** RECOMMENDED checks count toward the verdict too. */
  strict?: boolean;
  /** Per-scenario time limit, in ms; 30 s by default (the stalled-answer scenario adds its stall). */
  timeLimitMs?: number;
  /** How long a stalled answer is held before the server cuts it; 30 s by default (the bound). */
  stallLimitMs?: number;
  /** Bounds on what a client may send; see CertifyBounds. */
  bounds?: Partial<CertifyBounds>;
  /** Called after each scenario, for progress output. */
  onScenario?: (result: ScenarioResult) => void;
}

/** The defaults of CertifyOptions. */
export const certifyDefaults = {
  timeLimitMs: 30_000,
  stallLimitMs: 30_000,
  bounds: { maxBodyBytes: specLimits.maxBodyBytes, maxHeaderBytes: 16 * 1024, maxConnections: 16, maxAttempts: 25 },
  output: { maxStdoutBytes: 1024 * 1024, stderrTailBytes: 16 * 1024 },
} as const;

/** Runs one attempt of the client: a command, or a function in process. */
type ClientRunner = (env: CertifyEnv, timeLimitMs: number) => Promise<ClientOutcome>;

/**
 * Certifies a client command (any language) that speaks the protocol: runs it once per scenario,
 * each against a fresh scripted server on loopback, and grades what the server saw and what the
 * command reported. Rejects with a CommandStartError when the command cannot start.
 */
export function certifyCommand(
  command: string,
  args: readonly string[],
  options: CertifyOptions = {},
): Promise<CertifyReport> {
  const output: CommandLimits = { ...certifyDefaults.output, timeLimitMs: 0 };
  const runner: ClientRunner = (env, timeLimitMs) =>
    runClientCommand(command, args, { ...env }, { ...output, timeLimitMs });
  return certify(runner, [command, ...args].join(' '), options);
}

/**
 * Certifies a client in process: `run(env)` makes one logical Create Session call with the body in
 * `env.INGO_BODY_FILE` against `env.INGO_BASE_URL` and resolves to whether it succeeded and the
 * final answer (a throw is a reported failure). For TypeScript teams certifying their own wrapper
 * in vitest: `expect((await certifyClient(run, { strict: true })).exitCode).toBe(0)`. A run still
 * going at the time limit is abandoned (the scenario fails); `signal` is aborted then.
 */
export function certifyClient(
  run: (env: CertifyEnv & { signal: AbortSignal }) => Promise<CertifyRunResult>,
  options: CertifyOptions = {},
): Promise<CertifyReport> {
  const runner: ClientRunner = async (env, timeLimitMs) => {
    const started = performance.now();
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<'time-limit'>((resolve) => {
      timer = setTimeout(() => resolve('time-limit'), timeLimitMs);
    });
    const done = run({ ...env, signal: controller.signal }).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    const settled = await Promise.race([done, limit]);
    clearTimeout(timer);
    const durationMs = Math.round(performance.now() - started);
    if (settled === 'time-limit') {
      controller.abort(new Error('certify: the scenario time limit passed'));
      return { ending: 'time-limit', reportedSuccess: false, stdout: '', stderrTail: '', durationMs };
    }
    if ('error' in settled)
      return {
        ending: 'exited',
        exitCode: 1,
        reportedSuccess: false,
        stdout: '',
        stderrTail: String(settled.error),
        durationMs,
      };
    const { success, answer } = settled.result;
    return {
      ending: 'exited',
      exitCode: success ? 0 : 1,
      reportedSuccess: success,
      stdout: answer === undefined ? '' : JSON.stringify(answer),
      stderrTail: '',
      durationMs,
    };
  };
  return certify(runner, 'in-process client', options);
}

/** The one loop: every selected scenario, in order, graded by the checks it names. */
async function certify(runner: ClientRunner, client: string, options: CertifyOptions): Promise<CertifyReport> {
  const scenarios = selectScenarios(options.scenarios);
  const strict = options.strict ?? false;
  const stallLimitMs = options.stallLimitMs ?? certifyDefaults.stallLimitMs;
  const bounds = { ...certifyDefaults.bounds, ...options.bounds };
  const startedAt = new Date();
  const started = performance.now();
  const directory = await mkdtemp(join(tmpdir(), 'ingo-certify-'));
  const results: ScenarioResult[] = [];
  try {
    for (const scenario of scenarios) {
      const timeLimitMs =
        (options.timeLimitMs ?? certifyDefaults.timeLimitMs) +
        (scenario.script.some((s) => s.kind === 'stall') ? stallLimitMs : 0);
      const result = await runScenario(scenario, runner, { directory, stallLimitMs, bounds, timeLimitMs });
      results.push(result);
      options.onScenario?.(result);
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  const checks = summarizeChecks(results, strict);
  return {
    tool: 'ingo-session certify',
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    strict,
    client,
    scenarios: results,
    checks,
    exitCode: checks.some((c) => c.verdict === 'fail') ? 1 : 0,
  };
}

async function runScenario(
  scenario: CertifyScenario,
  runner: ClientRunner,
  {
    directory,
    stallLimitMs,
    bounds,
    timeLimitMs,
  }: { directory: string; stallLimitMs: number; bounds: CertifyBounds; timeLimitMs: number },
): Promise<ScenarioResult> {
  const started = performance.now();
  // Fresh credentials per scenario: nothing a client remembers from one scenario helps in the next.
  const username = `certify-${randomBytes(4).toString('hex')}`;
  const secret = randomBytes(24).toString('base64url');
  const bodyFile = join(directory, `${scenario.name}.json`);
  await writeFile(bodyFile, bodyFileText(scenario.body));
  const server = await startScriptedServer({
    script: scenario.script,
    username,
    secret,
    skewMs: scenario.skewMs ?? 0,
    stallLimitMs,
    bounds,
  });
  let outcome: ClientOutcome;
  try {
    outcome = await runner(
      { INGO_BASE_URL: server.url, INGO_USERNAME: username, INGO_SECRET: secret, INGO_BODY_FILE: bodyFile },
      timeLimitMs,
    );
  } finally {
    await server.close();
  }
  // Whatever the client printed, it never sees its own secret echoed back into the report.
  outcome = {
    ...outcome,
    stdout: outcome.stdout.replaceAll(secret, '[REDACTED]'),
    stderrTail: outcome.stderrTail.replaceAll(secret, '[REDACTED]'),
  };
  const run = {
    scenario: scenario.name,
    attempts: server.attempts,
    refusals: server.refusals,
    otherOrigin: server.otherOrigin,
    outcome,
    body: certifyBodies[scenario.body],
    stallLimitMs,
  };
  const names: CheckName[] = [...everyScenarioChecks, ...scenario.checks];
  const checks = names.map((name): CheckResult => {
    const { level, title, judge } = certifyChecks[name];
    const judgement = judge(run);
    return 'notJudged' in judgement
      ? { check: name, level, title, passed: true, judged: false, note: judgement.notJudged, failures: [] }
      : {
          check: name,
          level,
          title,
          passed: judgement.failures.length === 0,
          judged: true,
          failures: judgement.failures,
        };
  });
  return {
    scenario: scenario.name,
    summary: scenario.summary,
    durationMs: Math.round(performance.now() - started),
    outcome,
    attempts: server.attempts.map(({ body, headers, ...rest }) => ({
      ...rest,
      // As received, with the signature masked: a report is shared, and the header proves nothing once logged.
      headers: headers.map(({ name, value }) => ({
        name,
        value: name.toLowerCase() === 'authorization' ? value.replace(/signature="[^"]*"/, 'signature="…"') : value,
      })),
      bodyBytes: body.length,
    })),
    refusals: server.refusals,
    otherOrigin: server.otherOrigin,
    checks,
  };
}

function selectScenarios(names: readonly string[] | undefined): CertifyScenario[] {
  if (names === undefined || names.length === 0) return [...certifyScenarios];
  return names.map((name) => {
    const scenario = certifyScenarios.find((s) => s.name === name);
    if (scenario === undefined)
      throw new RangeError(`unknown scenario "${name}": use one of ${certifyScenarios.map((s) => s.name).join(', ')}`);
    return scenario;
  });
}

/** Each check over the whole run: failing where it failed, by level and `strict`. */
function summarizeChecks(results: readonly ScenarioResult[], strict: boolean): CheckSummary[] {
  const byName = new Map<string, CheckSummary>();
  for (const result of results) {
    for (const c of result.checks) {
      const summary = byName.get(c.check) ?? {
        check: c.check,
        level: c.level,
        title: c.title,
        verdict: 'not-judged',
        scenarios: [],
        failedIn: [],
      };
      byName.set(c.check, summary);
      if (!c.judged) continue;
      summary.scenarios.push(result.scenario);
      if (!c.passed) summary.failedIn.push(result.scenario);
    }
  }
  for (const summary of byName.values()) {
    const counts = summary.level === 'REQUIRED' || (summary.level === 'RECOMMENDED' && strict);
    if (summary.failedIn.length > 0) summary.verdict = counts ? 'fail' : 'warn';
    else if (summary.scenarios.length > 0) summary.verdict = 'pass';
  }
  const order = Object.keys(certifyChecks);
  return [...byName.values()].sort((a, b) => order.indexOf(a.check) - order.indexOf(b.check));
}
