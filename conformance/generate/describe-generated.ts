import type { CaseResult, ConformanceReport } from '../conformance-report.js';

const MAX_SUMMARY = 400;

/**
 * The lines that say how to reproduce a diverging generated case, for the summary and JUnit:
 * the shrunk case and its size, the seed and replay id, the one-line rerun and the curl command.
 * None for a catalog case or a generated case that held.
 */
export function describeGenerated(result: CaseResult, indent = ''): string[] {
  const info = result.generated;
  if (info?.replay === undefined || info.example === undefined) return [];
  const summary =
    info.example.summary.length > MAX_SUMMARY
      ? `${info.example.summary.slice(0, MAX_SUMMARY - 3)}...`
      : info.example.summary;
  const lines = [
    `shrunk in ${info.shrinks} steps to ${info.example.size} (seed ${info.seed}, case ${info.replay}): ${summary}`,
    `rerun: ${info.rerun}`,
    ...(info.curl === undefined
      ? []
      : ['curl (signs when run; INGO_USERNAME and INGO_SECRET):', ...info.curl.split('\n').map((line) => `  ${line}`)]),
  ];
  return lines.map((line) => `${indent}${line.replace(/[\r\n]+/g, ' ')}`);
}

/** One line on the generative run of a report (`Generated: 1000 cases from seed 7`), or none. */
export function describeGeneration(report: Pick<ConformanceReport, 'generation'>): string[] {
  const { generation } = report;
  if (!generation) return [];
  return [
    generation.replay === undefined
      ? `Generated: ${generation.cases} cases from seed ${generation.seed} (rerun them with --generate ${generation.cases} --seed ${generation.seed})`
      : `Generated: replayed case ${generation.replay} of seed ${generation.seed}`,
    '',
  ];
}
