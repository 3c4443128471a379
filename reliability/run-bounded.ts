/**
 * Runs `task(0) … task(count - 1)` with at most `concurrency` in flight at once and resolves with
 * their results in index order. A task that rejects rejects the whole run (after the tasks already
 * started have settled): callers that must survive failures catch inside `task`.
 */
export async function runBounded<T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> {
  if (!(Number.isInteger(count) && count >= 0))
    throw new RangeError(`count must be a whole number >= 0, not ${String(count)}`);
  if (!(Number.isInteger(concurrency) && concurrency >= 1))
    throw new RangeError(`concurrency must be a whole number >= 1, not ${String(concurrency)}`);
  const results = new Array<T>(count);
  let next = 0;
  let failure: { error: unknown } | undefined;
  async function worker(): Promise<void> {
    while (next < count && failure === undefined) {
      const index = next++;
      try {
        results[index] = await task(index);
      } catch (error) {
        failure ??= { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  if (failure !== undefined) throw failure.error;
  return results;
}
