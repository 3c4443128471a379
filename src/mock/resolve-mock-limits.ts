import type { MockCredentials, MockOptions } from './mock-options.js';

/** The options whose values can be wrong (the others are functions or lists checked by their use). */
type CheckedOption =
  | 'credentials'
  | 'faults'
  | 'maxBodyBytes'
  | 'clockSkewSeconds'
  | 'idempotencyWindowSeconds'
  | 'maxKeys'
  | 'maxJsonDepth'
  | 'maxJsonMembers';

/** The checked, resolved form of the options that can be wrong. */
export interface ResolvedMockLimits {
  /** Secret by username. */
  secrets: ReadonlyMap<string, string>;
  failRate: number;
  dropAfterCommitRate: number;
  latencyMs: number;
}

/**
 * Checks the mock's numeric options and credentials, and throws a RangeError naming the first
 * wrong one: a mock that silently ignores a typo'd fault rate would make reliability tests lie.
 */
export function resolveMockLimits({
  credentials,
  faults,
  maxBodyBytes,
  clockSkewSeconds,
  idempotencyWindowSeconds,
  maxKeys,
  maxJsonDepth,
  maxJsonMembers,
}: Required<Pick<MockOptions, CheckedOption>>): ResolvedMockLimits {
  const { failRate = 0, dropAfterCommitRate = 0, latencyMs = 0 } = faults;
  for (const [name, rate] of [
    ['faults.failRate', failRate],
    ['faults.dropAfterCommitRate', dropAfterCommitRate],
  ] as const) {
    if (!(rate >= 0 && rate <= 1))
      throw new RangeError(`${name} must be a probability between 0 and 1, not ${String(rate)}`);
  }
  if (!(latencyMs >= 0 && Number.isFinite(latencyMs)))
    throw new RangeError(`faults.latencyMs must be a finite number ≥ 0, not ${String(latencyMs)}`);
  const counts = [
    ['maxBodyBytes', maxBodyBytes],
    ['maxKeys', maxKeys],
    ['maxJsonDepth', maxJsonDepth],
    ['maxJsonMembers', maxJsonMembers],
  ] as const;
  for (const [name, count] of counts) {
    if (!(Number.isInteger(count) && count > 0))
      throw new RangeError(`${name} must be a positive integer, not ${String(count)}`);
  }
  if (!(idempotencyWindowSeconds > 0))
    throw new RangeError(`idempotencyWindowSeconds must be positive, not ${String(idempotencyWindowSeconds)}`);
  if (!(clockSkewSeconds >= 0)) throw new RangeError(`clockSkewSeconds must be ≥ 0, not ${String(clockSkewSeconds)}`);

  const list: readonly MockCredentials[] = Array.isArray(credentials) ? credentials : [credentials as MockCredentials];
  if (list.length === 0) throw new RangeError('credentials must name at least one username and secret');
  const secrets = new Map<string, string>();
  for (const { username, secret } of list) {
    if (typeof username !== 'string' || username === '' || typeof secret !== 'string' || secret === '') {
      throw new RangeError('every credential needs a non-empty username and secret');
    }
    secrets.set(username, secret);
  }
  return { secrets, failRate, dropAfterCommitRate, latencyMs };
}
