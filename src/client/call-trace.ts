import { redactSecrets } from '../errors/ingo-session-error.js';
import type { AttemptResult } from './send-attempt.js';
import type {
  AnswerInfo,
  AttemptInfo,
  ClockCorrectionInfo,
  CreateSessionResult,
  SessionClientHooks,
} from './session-client-types.js';

/**
 * What one createSession call tells its hooks, and what its result says of it (`attempts`,
 * `totalDelayMs`). Every view is a frozen copy with no secret, signature or body in it. A hook that
 * throws (or rejects) is reported once per client on the console and never breaks the call.
 */
export class CallTrace {
  attempts = 0;
  totalDelayMs = 0;
  #waitBeforeMs = 0;
  #rateLimitMs = 0;
  #sentAt = 0;

  constructor(
    private readonly hooks: SessionClientHooks,
    private readonly idempotencyKey: string | undefined,
    private readonly report: (hook: string, error: unknown) => void,
  ) {}

  /** Time the rate limiter held the next attempt. */
  rateLimited(ms: number): void {
    this.#rateLimitMs = ms;
    this.totalDelayMs += ms;
  }

  /** Time a backoff or Retry-After held the next attempt. */
  waited(ms: number): void {
    this.#waitBeforeMs = ms;
    this.totalDelayMs += ms;
  }

  /** The attempt is signed and about to be sent. */
  sending(signedHeaders: readonly string[]): void {
    this.attempts += 1;
    this.#sentAt = performance.now();
    this.#call('onAttempt', {
      attempt: this.attempts,
      idempotencyKey: this.idempotencyKey,
      signedHeaders: [...signedHeaders],
      rateLimitWaitMs: this.#rateLimitMs,
      retryWaitMs: this.#waitBeforeMs,
    } satisfies AttemptInfo);
    this.#rateLimitMs = 0;
    this.#waitBeforeMs = 0;
  }

  /** How the attempt ended and what the client decided. */
  answered(result: AttemptResult, decision: AnswerInfo['decision'], reason?: string): void {
    const answer = result.kind === 'answer' ? result.answer : undefined;
    this.#call('onAnswer', {
      attempt: this.attempts,
      idempotencyKey: this.idempotencyKey,
      outcome: result.kind,
      httpStatus: answer?.httpStatus,
      envelopeStatus: answer?.envelopeStatus,
      durationMs: performance.now() - this.#sentAt,
      decision,
      reason,
    } satisfies AnswerInfo);
  }

  clockCorrected(previousOffsetMs: number, offsetMs: number, result: AttemptResult): void {
    const answer = result.kind === 'answer' ? result.answer : undefined;
    this.#call('onClockCorrection', {
      attempt: this.attempts,
      previousOffsetMs,
      offsetMs,
      httpStatus: answer?.httpStatus ?? 0,
      envelopeStatus: answer?.envelopeStatus,
    } satisfies ClockCorrectionInfo);
  }

  /** The call's result, with its attempts and delays. */
  finish(result: CreateSessionResult): CreateSessionResult {
    return Object.assign(result, { attempts: this.attempts, totalDelayMs: this.totalDelayMs });
  }

  #call<Name extends keyof SessionClientHooks>(name: Name, view: Parameters<NonNullable<SessionClientHooks[Name]>>[0]) {
    const hook = this.hooks[name] as ((view: unknown) => unknown) | undefined;
    if (!hook) return;
    try {
      const returned = hook(Object.freeze(view));
      if (returned instanceof Promise) returned.catch((error: unknown) => this.report(name, error));
    } catch (error) {
      this.report(name, error);
    }
  }
}

/** Reports a throwing hook once per hook name, redacted, on the console. */
export function createHookReporter(secrets: readonly string[]): (hook: string, error: unknown) => void {
  const reported = new Set<string>();
  return (hook, error) => {
    if (reported.has(hook)) return;
    reported.add(hook);
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.warn(redactSecrets(`ingo-session: the ${hook} hook threw (${text}); the call went on without it`, secrets));
  };
}
