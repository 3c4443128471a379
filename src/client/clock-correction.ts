import type { Answer } from './to-api-error.js';
import { learnClockOffset } from './learn-clock-offset.js';

/**
 * The clock offset one client learns and signs with: learned once per call from the spec's
 * stale-date answer within ±`maxOffsetMs`, kept for later calls, and dropped as soon as a request
 * signed with it is refused (HTTP 401) or cannot be signed, so that a wrong offset never sticks.
 */
export class ClockCorrection {
  #offsetMs = 0;
  readonly #maxOffsetMs: number;

  constructor(maxOffsetMs: number) {
    this.#maxOffsetMs = maxOffsetMs;
  }

  /** The offset to add to the local clock when signing, in ms. */
  get offsetMs(): number {
    return this.#offsetMs;
  }

  /** The attempt signed with a learned offset could not be signed at all: forget the offset. */
  signingFailed(signedWithOffset: boolean): void {
    if (signedWithOffset) this.#offsetMs = 0;
  }

  /**
   * Reads an answer: `'resend'` when it taught a new offset (re-sign and send again), the reason a
   * stale-date answer's Date was not believed, or undefined. `mayLearn` is false once the call has
   * corrected the clock.
   */
  afterAnswer(
    answer: Answer,
    signedWithOffset: boolean,
    mayLearn: boolean,
    localNowMs: number,
  ): 'resend' | { implausible: string } | undefined {
    if (signedWithOffset && answer.httpStatus === 401) this.#offsetMs = 0;
    if (!mayLearn) return undefined;
    const learned = learnClockOffset(
      { httpStatus: answer.httpStatus, envelopeStatus: answer.envelopeStatus, headers: answer.response.headers },
      localNowMs,
      this.#maxOffsetMs,
    );
    if (learned?.kind === 'implausible') return { implausible: learned.reason };
    if (learned?.kind !== 'offset') return undefined;
    this.#offsetMs = learned.offsetMs;
    return 'resend';
  }
}
