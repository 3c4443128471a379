/**
 * Side-by-side measurement for every bench section: each round runs every candidate once, in an
 * order that rotates from round to round (so that one batch's after-effects, such as GC debt or
 * cold caches, never always land on the same candidate), and a ratio is the median of the
 * per-round ratios (so that load from other processes on a shared machine falls on numerator and
 * denominator alike). Absolute figures are medians too.
 */

/** Samples of every candidate, one per round, in round order. */
export type RoundSamples<Name extends string> = Record<Name, number[]>;

/**
 * Runs `rounds` rounds; in each, every candidate's `measure` once (rotating order) and records
 * the number it returns (a time per operation, usually).
 */
export async function measureRotating<Name extends string>(
  candidates: Record<Name, () => number | Promise<number>>,
  rounds: number,
): Promise<RoundSamples<Name>> {
  const names = Object.keys(candidates) as Name[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as RoundSamples<Name>;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length]!;
      samples[name].push(await candidates[name]());
    }
  }
  return samples;
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median over rounds of `numerator[i] / denominator[i]`: a ratio measured side by side. */
export function medianRatio(numerator: readonly number[], denominator: readonly number[]): number {
  return median(numerator.map((value, i) => value / denominator[i]!));
}

/** Rounds to three decimals, for bench/results.json. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** CPU time (user + system) of this process in µs since `start`, from process.cpuUsage. */
export function cpuMicros(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return user + system;
}
