import { describe, expect, test } from 'vitest';
import { checkExactlyOnce, type CallRecord } from './check-exactly-once.js';

const success = (sessionIdentifier: string, envelopeStatus = 100) => ({
  kind: 'success' as const,
  sessionIdentifier,
  envelopeStatus,
});
const call = (
  tag: string,
  key: string,
  outcome: CallRecord['outcome'],
  extra: Partial<CallRecord> = {},
): CallRecord => ({
  tag,
  explicitKey: undefined,
  sentKeys: [key],
  outcome,
  ...extra,
});

describe('checkExactlyOnce', () => {
  test('a clean run: one session per key, every success names it, replays counted', () => {
    const verdict = checkExactlyOnce(
      [
        call('a', 'ka', success('s1')),
        call('b', 'kb', success('s2', 101)),
        call('b', 'kb', success('s2'), { explicitKey: 'kb' }),
      ],
      [
        { session_identifier: 's1', idempotencyKey: 'ka' },
        { session_identifier: 's2', idempotencyKey: 'kb' },
      ],
    );
    expect(verdict).toMatchObject({
      calls: 3,
      successes: 3,
      replays: 1,
      sessionsCreated: 2,
      duplicates: 0,
      lost: 0,
      keyChanges: 0,
      orphaned: 0,
      untypedThrows: 0,
    });
    expect(verdict.problems).toEqual([]);
  });

  test('two sessions for one key are a duplicate, and the success is lost (it cannot name the one session)', () => {
    const verdict = checkExactlyOnce(
      [call('a', 'ka', success('s1'))],
      [
        { session_identifier: 's1', idempotencyKey: 'ka' },
        { session_identifier: 's2', idempotencyKey: 'ka' },
      ],
    );
    expect(verdict.duplicates).toBe(1);
    expect(verdict.lost).toBe(1);
    expect(verdict.problems.join('\n')).toMatch(/key ka has 2 sessions/);
  });

  test('sessions without a key or under a key nobody sent are duplicates', () => {
    const verdict = checkExactlyOnce(
      [],
      [{ session_identifier: 's1' }, { session_identifier: 's2', idempotencyKey: 'stranger' }],
    );
    expect(verdict.duplicates).toBe(2);
  });

  test('a success naming a session the mock does not hold for its key is lost', () => {
    const verdict = checkExactlyOnce(
      [call('a', 'ka', success('other'))],
      [{ session_identifier: 's1', idempotencyKey: 'ka' }],
    );
    expect(verdict.lost).toBe(1);
    expect(checkExactlyOnce([call('a', 'ka', success('s1'))], []).lost).toBe(1);
  });

  test('errors are counted by class; an error with a committed session is orphaned, and its recovery must return that session', () => {
    const held = [{ session_identifier: 's1', idempotencyKey: 'ka' }];
    const recovered = checkExactlyOnce(
      [call('a', 'ka', { kind: 'error', errorName: 'NetworkError' }, { recovery: success('s1', 101) })],
      held,
    );
    expect(recovered).toMatchObject({
      typedErrors: 1,
      errorsByName: { NetworkError: 1 },
      orphaned: 1,
      unrecovered: 0,
      lost: 0,
    });
    const wrong = checkExactlyOnce(
      [call('a', 'ka', { kind: 'error', errorName: 'NetworkError' }, { recovery: success('s9') })],
      held,
    );
    expect(wrong.lost).toBe(1);
    const failedAgain = checkExactlyOnce(
      [
        call(
          'a',
          'ka',
          { kind: 'error', errorName: 'RateLimitError' },
          { recovery: { kind: 'error', errorName: 'RateLimitError' } },
        ),
      ],
      [],
    );
    expect(failedAgain).toMatchObject({ orphaned: 0, unrecovered: 1 });
  });

  test('a call refused for reusing a taken key with another body is a conflict, not an orphan', () => {
    const verdict = checkExactlyOnce(
      [
        call('a', 'k', success('s1'), { explicitKey: 'k' }),
        call('a-conflict', 'k', { kind: 'error', errorName: 'IdempotencyConflictError' }, { explicitKey: 'k' }),
      ],
      [{ session_identifier: 's1', idempotencyKey: 'k' }],
    );
    expect(verdict).toMatchObject({
      conflicts: 1,
      typedErrors: 1,
      orphaned: 0,
      unrecovered: 0,
      lost: 0,
      duplicates: 0,
    });
  });

  test('untyped throws and key changes are reported', () => {
    const verdict = checkExactlyOnce(
      [
        call('a', 'ka', { kind: 'untyped', description: 'TypeError: boom' }),
        { tag: 'b', explicitKey: 'kb', sentKeys: ['kb', 'kb2'], outcome: { kind: 'error', errorName: 'NetworkError' } },
        { tag: 'c', explicitKey: 'kc', sentKeys: ['not-kc'], outcome: { kind: 'error', errorName: 'NetworkError' } },
      ],
      [],
    );
    expect(verdict.untypedThrows).toBe(1);
    expect(verdict.keyChanges).toBe(2);
    expect(verdict.problems.join('\n')).toMatch(/untyped TypeError: boom/);
  });
});
