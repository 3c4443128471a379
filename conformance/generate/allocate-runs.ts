/**
 * Splits `total` generated cases over properties by weight, exactly: with at least as many cases as
 * properties, every property gets one and the rest goes by weight (largest remainders first, ties
 * in list order); with fewer, the first `total` properties in `order` get one each.
 */
export function allocateRuns(
  weights: readonly number[],
  total: number,
  order: readonly number[] = weights.map((_, i) => i),
): number[] {
  if (!(Number.isInteger(total) && total >= 0))
    throw new RangeError(`the number of generated cases must be a whole number >= 0, not ${total}`);
  const runs = weights.map(() => 0);
  if (total < weights.length) {
    for (const index of order.slice(0, total)) runs[index] = 1;
    return runs;
  }
  const rest = total - weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (rest * w) / sum);
  let given = 0;
  shares.forEach((share, i) => {
    runs[i] = 1 + Math.floor(share);
    given += Math.floor(share);
  });
  const byRemainder = shares
    .map((share, i) => [share - Math.floor(share), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < rest - given; k++) runs[byRemainder[k]![1]]!++;
  return runs;
}

/** A 32-bit seed for one property, from the run's seed and the property's id (FNV-1a), so adding a property changes no other. */
export function propertySeed(seed: number, propertyId: string): number {
  let hash = 0x811c9dc5;
  for (const c of `${seed}/${propertyId}`) {
    hash ^= c.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
