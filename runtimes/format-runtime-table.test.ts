import { expect, test } from 'vitest';
import { formatRuntimeTable } from './format-runtime-table.js';
import { smokeChecks } from './smoke-checks.js';

const all = (ok: boolean, detail = 'seen') =>
  smokeChecks.map((check) => ({
    check,
    ok,
    detail: check === 'load' ? 'worker entry, client signs with WebCrypto' : detail,
  }));

test('one row per runtime, a cell per check, failures listed with what they saw, and the counts', () => {
  const failing = all(true);
  failing[3] = { check: 'create-session', ok: false, detail: 'EvalError: no' };
  const { table, passed, failed } = formatRuntimeTable([
    { runtime: 'bun 1.4.5', results: all(true) },
    { runtime: 'workerd', results: failing },
  ]);
  const lines = table.split('\n');
  expect(lines[0]).toMatch(
    /^runtime\s+load\s+vectors\s+vectors-webcrypto\s+create-session\s+errors\s+redaction\s+loaded$/,
  );
  expect(lines[1]).toMatch(
    /^bun 1\.4\.5\s+pass\s+pass\s+pass\s+pass\s+pass\s+pass\s+worker entry, client signs with WebCrypto$/,
  );
  expect(lines[2]).toMatch(/^workerd\s+pass\s+pass\s+pass\s+FAIL\s+pass\s+pass/);
  expect(table).toContain('workerd / create-session: EvalError: no');
  expect({ passed, failed }).toEqual({ passed: 2 * smokeChecks.length - 1, failed: 1 });
});

test('a runtime that reported nothing fails every check', () => {
  const { failed, table } = formatRuntimeTable([{ runtime: 'deno', results: all(false, 'exit 1') }]);
  expect(failed).toBe(smokeChecks.length);
  expect(table).not.toContain('pass');
});
