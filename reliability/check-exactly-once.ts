/** How one logical createSession call ended. */
export type CallOutcome =
  | { kind: 'success'; sessionIdentifier: string; envelopeStatus: number }
  /** An IngoSessionError, thrown or resolved as `{ error }`. */
  | { kind: 'error'; errorName: string }
  /** Anything else that was thrown: never acceptable. */
  | { kind: 'untyped'; description: string };

/** One logical call, as the chaos run saw it. */
export interface CallRecord {
  /** The call's body tag (participant_unique_id1); twin calls of one intent share it. */
  tag: string;
  /** The Idempotency-Key the caller gave, if any. */
  explicitKey: string | undefined;
  /** Every distinct Idempotency-Key its attempts carried, as recorded on the wire. */
  sentKeys: readonly string[];
  outcome: CallOutcome;
  /** How a later call with the same key and body ended, when the first one ended in an error. */
  recovery?: CallOutcome;
}

/** What the mock holds: its sessions, with the key that created each. */
export interface HeldSession {
  session_identifier: string;
  idempotencyKey?: string | undefined;
}

/** The name of the error of a key reused with another body: the expected end of a conflicting call. */
export const conflictErrorName = 'IdempotencyConflictError';

/** The exactly-once verdict of a run. */
export interface ExactlyOnceVerdict {
  calls: number;
  successes: number;
  /** Successes that were idempotent replays (envelope 101): the retries that rode out a fault. */
  replays: number;
  typedErrors: number;
  errorsByName: Record<string, number>;
  /**
   * Calls refused because their key was already taken by another body (IdempotencyConflictError):
   * the session held for that key is not theirs, so they are neither orphaned nor lost.
   */
  conflicts: number;
  untypedThrows: number;
  sessionsCreated: number;
  /** Sessions beyond the first for any key, plus sessions with no key or a key no call sent. */
  duplicates: number;
  /**
   * Successes (first outcome or recovery) whose reported session_identifier is not the one session
   * the mock holds for the call's key: the mock holds none, two, or another one. Such a caller was
   * told about a session the server did not keep for it, so the real one is lost to it.
   */
  lost: number;
  /** Calls whose attempts did not all carry the same key, or not the key the caller gave. */
  keyChanges: number;
  /**
   * Calls that ended in a typed error although the mock had committed a session for their key.
   * Allowed (the caller knows it failed), but only if retrying with the same key recovers that
   * very session: a recovery that returns another one counts as lost.
   */
  orphaned: number;
  /** Orphaned or failed calls whose recovery attempt did not succeed either. */
  unrecovered: number;
  /** A few human-readable examples of every violation, for the report. */
  problems: string[];
}

const MAX_PROBLEMS = 10;

/**
 * Checks a run against exactly-once: no key has two sessions, every success names the one session
 * the mock holds for its key, every call kept one key for all its attempts, and nothing escaped as
 * an untyped throw. Pure: the run passes its calls and the mock's sessions.
 */
export function checkExactlyOnce(calls: readonly CallRecord[], sessions: readonly HeldSession[]): ExactlyOnceVerdict {
  const problems: string[] = [];
  const note = (text: string) => problems.length < MAX_PROBLEMS && problems.push(text);
  const byKey = new Map<string, string[]>();
  let duplicates = 0;
  for (const session of sessions) {
    if (session.idempotencyKey === undefined) {
      duplicates += 1;
      note(`session ${session.session_identifier} has no Idempotency-Key`);
      continue;
    }
    const held = byKey.get(session.idempotencyKey) ?? [];
    held.push(session.session_identifier);
    byKey.set(session.idempotencyKey, held);
  }
  const sentKeys = new Set(calls.flatMap((call) => call.sentKeys));
  for (const [key, held] of byKey) {
    const extra = sentKeys.has(key) ? held.length - 1 : held.length;
    if (extra > 0) note(`key ${key} has ${held.length} sessions${sentKeys.has(key) ? '' : ' and no call sent it'}`);
    duplicates += extra;
  }

  const verdict: ExactlyOnceVerdict = {
    calls: calls.length,
    successes: 0,
    replays: 0,
    typedErrors: 0,
    errorsByName: {},
    conflicts: 0,
    untypedThrows: 0,
    sessionsCreated: sessions.length,
    duplicates,
    lost: 0,
    keyChanges: 0,
    orphaned: 0,
    unrecovered: 0,
    problems,
  };
  for (const call of calls) {
    const keyChanged =
      call.sentKeys.length > 1 ||
      (call.explicitKey !== undefined && call.sentKeys.some((key) => key !== call.explicitKey));
    if (keyChanged) {
      verdict.keyChanges += 1;
      note(`call ${call.tag} sent keys ${call.sentKeys.join(', ')}`);
    }
    const key = call.explicitKey ?? call.sentKeys[0];
    const held = key === undefined ? [] : (byKey.get(key) ?? []);
    const matches = (outcome: CallOutcome & { kind: 'success' }) =>
      held.length === 1 && held[0] === outcome.sessionIdentifier;
    const { outcome, recovery } = call;
    if (outcome.kind === 'success') {
      verdict.successes += 1;
      if (outcome.envelopeStatus === 101) verdict.replays += 1;
      if (!matches(outcome)) {
        verdict.lost += 1;
        note(
          `call ${call.tag} got session ${outcome.sessionIdentifier}; the mock holds [${held.join(', ')}] for key ${key}`,
        );
      }
      continue;
    }
    if (outcome.kind === 'error') {
      verdict.typedErrors += 1;
      verdict.errorsByName[outcome.errorName] = (verdict.errorsByName[outcome.errorName] ?? 0) + 1;
      if (outcome.errorName === conflictErrorName) {
        verdict.conflicts += 1;
        continue;
      }
    } else {
      verdict.untypedThrows += 1;
      note(`call ${call.tag} threw an untyped ${outcome.description}`);
    }
    if (held.length > 0) verdict.orphaned += 1;
    if (recovery?.kind !== 'success') {
      verdict.unrecovered += 1;
    } else if (!matches(recovery)) {
      verdict.lost += 1;
      note(
        `recovery of call ${call.tag} got session ${recovery.sessionIdentifier}; the mock holds [${held.join(', ')}] for key ${key}`,
      );
    }
  }
  return verdict;
}
