import type { ChaosOptions } from './run-chaos.js';

/** One planned call: its body tag and the key it passes, if any. */
export interface CallPlan {
  tag: string;
  explicitKey: string | undefined;
}

/**
 * The calls, intent by intent. A twin (same key, same body) or a conflicting call (same key, body
 * tagged `-conflict`) follows its intent at once, so that both are in flight together.
 */
export function planCalls({
  calls,
  seed,
  explicitKeyEvery,
  twinEvery,
  conflictEvery,
}: Pick<ChaosOptions, 'calls' | 'seed' | 'explicitKeyEvery' | 'twinEvery' | 'conflictEvery'>): CallPlan[] {
  const plans: CallPlan[] = [];
  const every = (n: number, intent: number, at: number) => n > 0 && intent % n === at % n;
  for (let intent = 0; plans.length < calls; intent++) {
    const twin = every(twinEvery, intent, twinEvery - 1);
    const conflict = !twin && every(conflictEvery, intent, Math.floor(conflictEvery / 2));
    const tag = `chaos-${seed}-${intent}`;
    const plan = {
      tag,
      explicitKey: twin || conflict || every(explicitKeyEvery, intent, 0) ? `key-${tag}` : undefined,
    };
    plans.push(plan);
    if (twin && plans.length < calls) plans.push({ ...plan });
    if (conflict && plans.length < calls) plans.push({ ...plan, tag: `${tag}-conflict` });
  }
  return plans;
}
