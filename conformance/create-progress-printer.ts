import { outcomeMarks } from './conformance-report.js';
import type { ConformanceProgress } from './run-conformance.js';

/** Where progress goes and whether it may redraw one line. */
export interface ProgressPrinterOptions {
  write: (text: string) => void;
  /** On a terminal one line is redrawn in place; otherwise one line is printed per case. */
  live: boolean;
}

/** Prints progress events; `finish` clears the live line before the summary. */
export interface ProgressPrinter {
  onProgress: (event: ConformanceProgress) => void;
  finish: () => void;
}

/** Creates the CLI's progress output: a live counter on a terminal, a line per case in CI logs. */
export function createProgressPrinter({ write, live }: ProgressPrinterOptions): ProgressPrinter {
  const counts = { fail: 0, warning: 0, not_enforced: 0 };
  let drawn = false;
  return {
    onProgress(event) {
      if (event.type === 'start') {
        const where = event.embeddedMock
          ? `the embedded mock, started in-process at ${event.baseUrl} with fresh credentials`
          : event.baseUrl;
        write(`Running ${event.total} conformance cases against ${where} (profile ${event.profile})\n`);
        return;
      }
      const { result, done, total } = event;
      if (result.outcome === 'fail' || result.outcome === 'warning' || result.outcome === 'not_enforced')
        counts[result.outcome]++;
      const position = `[${String(done).padStart(String(total).length)}/${total}]`;
      if (live) {
        const tally = `${counts.fail} failed${counts.warning ? `, ${counts.warning} warnings` : ''}${counts.not_enforced ? `, ${counts.not_enforced} not enforced` : ''}`;
        write(`\r\x1b[2K${position} ${tally}  ${outcomeMarks[result.outcome]} ${result.id}`);
        drawn = true;
      } else {
        write(`${position} ${outcomeMarks[result.outcome]} ${result.id} (${Math.round(result.durationMs)} ms)\n`);
      }
    },
    finish() {
      if (drawn) write('\r\x1b[2K');
      drawn = false;
    },
  };
}
