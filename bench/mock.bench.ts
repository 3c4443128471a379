import type { BenchSectionResult } from './bench-section.js';

/** The mock section of `npm run bench`: not built yet. */
export default async function run(): Promise<BenchSectionResult> {
  return { rows: [], results: {} };
}
