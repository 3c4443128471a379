import { conflictErrorName, type CallOutcome, type CallRecord } from './check-exactly-once.js';
import type { CallPlan } from './plan-calls.js';
import type { AttemptRecord } from './record-attempts.js';

/**
 * Joins each planned call with its outcome and the keys its attempts carried on the wire, then
 * calls once more, with the same key and body, each call that ended in an error other than a
 * conflict, as a careful caller would: its `recovery` shows whether a committed session was lost.
 * (run-chaos.ts does the same inline.)
 */
export async function collectCallRecords(
  plans: readonly CallPlan[],
  outcomes: readonly CallOutcome[],
  attempts: readonly AttemptRecord[],
  call: (plan: CallPlan) => Promise<CallOutcome>,
): Promise<CallRecord[]> {
  const keysByTag = new Map<string, Set<string>>();
  for (const { tag, idempotencyKey } of attempts) {
    if (tag !== undefined && idempotencyKey !== undefined)
      (keysByTag.get(tag) ?? keysByTag.set(tag, new Set()).get(tag)!).add(idempotencyKey);
  }
  const records: CallRecord[] = plans.map((plan, index) => ({
    ...plan,
    sentKeys: [...(keysByTag.get(plan.tag) ?? [])],
    outcome: outcomes[index]!,
  }));
  for (const record of records) {
    const key = record.explicitKey ?? record.sentKeys[0];
    const recoverable =
      record.outcome.kind !== 'success' &&
      !(record.outcome.kind === 'error' && record.outcome.errorName === conflictErrorName);
    if (recoverable && key !== undefined) record.recovery = await call({ tag: record.tag, explicitKey: key });
  }
  return records;
}
