import { describe, expect, test } from 'vitest';
import { planCalls } from './plan-calls.js';

describe('planCalls', () => {
  const plans = planCalls({ calls: 30, seed: 1, explicitKeyEvery: 3, twinEvery: 10, conflictEvery: 25 });

  test('makes exactly `calls` calls, one tag per intent, twins and conflicts right after their intent', () => {
    expect(plans).toHaveLength(30);
    const twinAt = plans.findIndex((plan, i) => i > 0 && plan.tag === plans[i - 1]!.tag);
    expect(twinAt).toBeGreaterThan(0);
    expect(plans[twinAt]).toEqual(plans[twinAt - 1]);
    expect(plans[twinAt]!.explicitKey).toBeDefined();
    const conflictAt = plans.findIndex((plan) => plan.tag.endsWith('-conflict'));
    expect(plans[conflictAt]!.tag).toBe(`${plans[conflictAt - 1]!.tag}-conflict`);
    expect(plans[conflictAt]!.explicitKey).toBe(plans[conflictAt - 1]!.explicitKey);
  });

  test('some calls pass their own key, the others let the client mint one', () => {
    const explicit = plans.filter((plan) => plan.explicitKey !== undefined).length;
    expect(explicit).toBeGreaterThan(5);
    expect(explicit).toBeLessThan(25);
  });
});
