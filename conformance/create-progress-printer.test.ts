import { expect, test } from 'vitest';
import { createProgressPrinter } from './create-progress-printer.js';
import { sampleReport } from './test-helpers/sample-report.js';

const [pass, fail, unenforced] = sampleReport().cases;
const start = {
  type: 'start',
  total: 3,
  baseUrl: 'http://127.0.0.1:9',
  embeddedMock: true,
  profile: 'strict',
} as const;

test('not on a terminal: the start line and one line per case', () => {
  let out = '';
  const printer = createProgressPrinter({ write: (text) => void (out += text), live: false });
  printer.onProgress(start);
  printer.onProgress({ type: 'case', result: pass!, done: 1, total: 3 });
  printer.onProgress({ type: 'case', result: fail!, done: 2, total: 3 });
  printer.finish();
  expect(out).toBe(
    'Running 3 conformance cases against the embedded mock, started in-process at http://127.0.0.1:9 with fresh credentials (profile strict)\n' +
      '[1/3] ✓ minimal-body (13 ms)\n' +
      '[2/3] ✗ wrong-secret (13 ms)\n',
  );
});

test('on a terminal: one line redrawn in place with a running tally, cleared at the end', () => {
  let out = '';
  const printer = createProgressPrinter({ write: (text) => void (out += text), live: true });
  printer.onProgress({ ...start, embeddedMock: false });
  printer.onProgress({ type: 'case', result: fail!, done: 1, total: 3 });
  printer.onProgress({ type: 'case', result: unenforced!, done: 2, total: 3 });
  printer.finish();
  expect(out).toBe(
    'Running 3 conformance cases against http://127.0.0.1:9 (profile strict)\n' +
      '\r\x1b[2K[1/3] 1 failed  ✗ wrong-secret' +
      '\r\x1b[2K[2/3] 1 failed, 1 not enforced  ○ stale-x-date' +
      '\r\x1b[2K',
  );
});
