import type { BenchSectionResult } from './bench-section.js';

/** The signing section of `npm run bench`: not built yet. */
export default async function run(): Promise<BenchSectionResult> {
  return { rows: [], results: {} };
}
