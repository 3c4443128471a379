import { execFile, execFileSync, spawn } from 'node:child_process';
import { expect, test } from 'vitest';
import { forbidChildProcesses } from './forbid-child-processes.js';

test('in the fast tier, starting a child process throws naming the call; undone, it works again', () => {
  const allow = forbidChildProcesses();
  try {
    // Imported before the guard was set: the named imports see it too (they are live bindings).
    expect(() => execFileSync(process.execPath, ['--version'])).toThrow(
      /test:fast runs no child process, and this test started one \(child_process\.execFileSync\(/,
    );
    expect(() => spawn('redis-server')).toThrow(/child_process\.spawn\("redis-server"\)/);
    expect(() => execFile('true')).toThrow(/child_process\.execFile/);
  } finally {
    allow();
  }
  expect(execFileSync(process.execPath, ['--version'], { encoding: 'utf8' })).toBe(`${process.version}\n`);
});
