/** One row of the printed table: a measurement, its figure and unit, and the target if any. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** Human-readable target, such as `<= 1.5`. */
  target?: string;
}

/** What one section of `npm run bench` returns: rows to print and keys for bench/results.json. */
export interface BenchSectionResult {
  rows: BenchRow[];
  /** The figures that go into bench/results.json, such as `{ sign_vs_floor: 1.2 }`. */
  results: Record<string, number>;
}

/** A bench section: measures one area in one run. */
export type BenchSection = () => Promise<BenchSectionResult>;
