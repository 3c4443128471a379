import type { ConformanceReport } from './conformance-report.js';

/** The report as pretty-printed JSON (secrets and signatures are already redacted in the report). */
export function formatJsonReport(report: ConformanceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
