import { sameJson } from './same-json.js';
import { findConstraintSource, type ConstraintSource } from '../../src/spec/find-constraint-source.js';
import type { Classification } from '../classify-response.js';
import { successStatuses } from '../spec-facts.js';
import { specRejections } from '../spec-rejections.js';

/** One command of an idempotency sequence. Keys and bodies are slots, filled per run with fresh keys and the drawn bodies. */
export type IdempotencyCommand =
  | { kind: 'send'; key: number | null; body: number; reserialise: boolean }
  | { kind: 'concurrent'; key: number; body: number; copies: number };

/** What the model says one answer must be, and whether the rule behind it is documented. */
export interface Problem {
  message: string;
  /** The spec rows of the rule when it is not documented (an Assumption): a miss is then a warning. */
  sources?: ConstraintSource[];
}

/** The documented rules of Idempotency-Key, and the spec's Assumptions about them, as a model the sequences are checked against. */
export interface IdempotencyModel {
  /** Checks one answer to a command's request (one of `copies` for a concurrent command) and updates the model. */
  check(command: IdempotencyCommand, answers: readonly Classification[], sentBytes: string, body: unknown): Problem[];
}

const IDEMPOTENCY = '#/components/securitySchemes/IngoHmac/x-ingo-signing/idempotency';
/** "The same body" means the same JSON value (`bodyComparison: json-value`). */
const JSON_EQUAL = findConstraintSource(IDEMPOTENCY, 'bodyComparison');
/** A duplicate still in flight receives the replay (`inFlightDuplicate: replay`). */
const IN_FLIGHT = findConstraintSource(IDEMPOTENCY, 'inFlightDuplicate');

/**
 * The model: a key's first body and session; every session and authorized_url seen. Documented:
 * no key or a new key creates a new session (100); the same key and the same body replays the
 * original session (101) with a fresh authorized_url, never a second session; the same key with a
 * different body is rejected with 13723. Assumptions: "the same body" means the same JSON value,
 * a duplicate in flight receives 101, and the 13723 rejection comes as HTTP 422.
 */
export function createIdempotencyModel(): IdempotencyModel {
  const keys = new Map<number, { body: unknown; bytes: string; session: string | undefined }>();
  const sessions = new Set<string>();
  const urls = new Set<string>();

  const freshUrl = (answer: Classification, problems: Problem[]) => {
    if (answer.authorizedUrl === undefined) return;
    if (urls.has(answer.authorizedUrl))
      problems.push({
        message: `authorized_url ${answer.authorizedUrl} was issued before: every answer must carry a fresh one`,
      });
    urls.add(answer.authorizedUrl);
  };
  const created = (answer: Classification, problems: Problem[]) => {
    if (answer.kind !== 'created')
      return problems.push({
        message: `expected a new session (status ${successStatuses.created}), got ${show(answer)}`,
      });
    if (answer.sessionId !== undefined && sessions.has(answer.sessionId))
      problems.push({
        message: `status ${successStatuses.created} with session ${answer.sessionId}, which an earlier request created`,
      });
    if (answer.sessionId !== undefined) sessions.add(answer.sessionId);
    freshUrl(answer, problems);
    return problems.length;
  };

  return {
    check(command, answers, sentBytes, body) {
      const problems: Problem[] = [];
      if (command.key === null) {
        for (const answer of answers) created(answer, problems);
        return problems;
      }
      const entry = keys.get(command.key);
      if (entry === undefined) {
        // A new key: exactly one new session, whatever arrives at once.
        const first = answers.find((a) => a.kind === 'created');
        if (first === undefined)
          return [
            {
              message: `expected a new session (status ${successStatuses.created}) under a new Idempotency-Key, got ${answers.map(show).join(', ')}`,
            },
          ];
        created(first, problems);
        keys.set(command.key, { body, bytes: sentBytes, session: first.sessionId });
        for (const answer of answers) if (answer !== first) replayed(answer, first.sessionId, true, problems);
        return problems;
      }
      // Copies sent at once are duplicates of one another in flight: beyond the first, a rejection of a replay is the in-flight Assumption.
      answers.forEach((answer, copy) => {
        if (!sameJson(entry.body, body)) rejectedAsReused(answer, problems);
        else replayed(answer, entry.session, copy > 0, problems, entry.bytes !== sentBytes);
      });
      return problems;

      function replayed(
        answer: Classification,
        session: string | undefined,
        inFlight: boolean,
        out: Problem[],
        reserialised = false,
      ) {
        if (answer.kind === 'replayed') {
          if (answer.sessionId !== session)
            out.push({
              message: `status ${successStatuses.replayed} with session ${answer.sessionId ?? 'none'}, not the key's session ${session}`,
            });
          freshUrl(answer, out);
          return;
        }
        if (answer.kind === 'created') {
          out.push({
            message: `status ${successStatuses.created}: a second session (${answer.sessionId ?? 'none'}) under a key that already has session ${session}`,
          });
          return;
        }
        const source = inFlight ? IN_FLIGHT : reserialised ? JSON_EQUAL : undefined;
        out.push({
          message: `expected the replay (status ${successStatuses.replayed}) of session ${session}, got ${show(answer)}`,
          ...(source ? { sources: [source] } : {}),
        });
      }
    },
  };
}

function rejectedAsReused(answer: Classification, out: Problem[]): void {
  const { envelopeStatus, httpStatus } = specRejections.keyReused;
  if (answer.kind !== 'rejected' || answer.envelopeStatus !== envelopeStatus) {
    out.push({
      message: `the key's first body differs: expected a rejection with status ${envelopeStatus}, got ${show(answer)}`,
    });
  } else if (answer.form === 'http' && answer.httpStatus !== httpStatus) {
    const source = specRejections.keyReused.sources?.httpStatus;
    out.push({
      message: `status ${envelopeStatus} as HTTP ${answer.httpStatus}, the spec says HTTP ${httpStatus}`,
      ...(source ? { sources: [source] } : {}),
    });
  }
}

function show({ httpStatus, envelopeStatus, sessionId }: Classification): string {
  return `HTTP ${httpStatus}${envelopeStatus === undefined ? '' : `, status ${envelopeStatus}`}${sessionId ? `, session ${sessionId}` : ''}`;
}
