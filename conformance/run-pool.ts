/**
 * Runs `worker` over `items` with at most `concurrency` running at once, starting them in order.
 * Resolves when all are done; a worker that throws rejects the whole pool (workers here never throw).
 */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T) => Promise<void>,
): Promise<void> {
  if (!(Number.isInteger(concurrency) && concurrency >= 1))
    throw new RangeError(`concurrency must be a positive integer, not ${concurrency}`);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await worker(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
}
