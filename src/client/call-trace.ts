import { redactSecrets } from '../errors/ingo-session-error.js';
import type { AttemptResult } from './send-attempt.js';
import type {
  AnswerInfo,
  AttemptInfo,
  ClockCorrectionInfo,
  CreateSessionResult,
  SessionClientHooks,
} from './session-client-types.js';

let lastCall = 0;

/**
 * What one createSession call tells its hooks, and what its result says of it (`attempts`,
 * `totalDelayMs`). Every view is a frozen copy with no secret, signature or body in it. A hook that
 * throws (or rejects) is reported once per client on the console and never breaks the call.
 */
export class CallTrace {
  /** The call's number in this process: tells concurrent calls (of any client) apart. */
  readonly call = (lastCall += 1);
  attempts = 0;
  totalDelayMs = 0;
  #waitBeforeMs = 0;
  #rateLimitMs = 0;
  #sentAt = 0;

  constructor(
    private readonly hooks: SessionClientHooks,
    private readonly where: { method: string; url: string },
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

  /** The attempt is signed and about to be sent: the headers to add to it, unsigned. */
  sending(signedHeaders: readonly string[]): Record<string, string> | undefined {
    this.attempts += 1;
    this.#sentAt = performance.now();
    const info: AttemptInfo = Object.freeze({
      call: this.call,
      attempt: this.attempts,
      method: this.where.method,
      url: this.where.url,
      idempotencyKey: this.idempotencyKey,
      signedHeaders: Object.freeze([...signedHeaders]),
      rateLimitWaitMs: this.#rateLimitMs,
      retryWaitMs: this.#waitBeforeMs,
    });
    this.#rateLimitMs = 0;
    this.#waitBeforeMs = 0;
    this.#call('onAttempt', info);
    const extra = this.#call('unsignedHeaders', info);
    return extra !== null && typeof extra === 'object' ? (extra as Record<string, string>) : undefined;
  }

  /** How the attempt ended and what the client decided. */
  answered(result: AttemptResult, decision: AnswerInfo['decision'], reason?: string): void {
    const answer = result.kind === 'answer' ? result.answer : undefined;
    this.#call('onAnswer', {
      call: this.call,
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

  #call<Name extends keyof SessionClientHooks>(
    name: Name,
    view: Parameters<NonNullable<SessionClientHooks[Name]>>[0],
  ): unknown {
    const hook = this.hooks[name] as ((view: unknown) => unknown) | undefined;
    if (!hook) return undefined;
    try {
      const returned = hook(Object.freeze(view));
      if (returned instanceof Promise) returned.catch((error: unknown) => this.report(name, error));
      return returned;
    } catch (error) {
      this.report(name, error);
      return undefined;
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
