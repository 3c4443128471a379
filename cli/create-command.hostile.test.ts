import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spec } from '../generated/spec.js';
import { attemptTimeoutFor, hostileModes, startHostileServer } from '../test-support/hostile-server.js';
import type { CliIo } from './cli-io.js';
import { runCreateCommand } from './create-command.js';

const SECRET = 'cli-hostile-secret-4Rt7';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingo-create-hostile-'));
  await writeFile(join(dir, 'body.json'), JSON.stringify(spec.components.examples.MinimalRequest.value));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test.each(hostileModes)(
  'ingo-session create against a %s server: exit 1, one line on stderr, no stack trace, no secret',
  async (mode) => {
    const server = await startHostileServer(mode);
    try {
      let stdout = '';
      let stderr = '';
      const io: CliIo = {
        stdout: (text) => void (stdout += text),
        stderr: (text) => void (stderr += text),
        env: { INGO_USERNAME: 'cli-user', INGO_SECRET: SECRET },
        cwd: dir,
      };
      const code = await runCreateCommand(
        ['--body', 'body.json', '--base-url', server.url, '--timeout-ms', String(attemptTimeoutFor(mode, 300))],
        io,
      );
      expect({ code, lines: stderr.split('\n').filter(Boolean).length }).toEqual({ code: 1, lines: 1 });
      expect(stderr).toMatch(/^ingo-session create: /);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stdout + stderr).not.toContain(SECRET);
      expect(stdout + stderr).not.toMatch(/signature="[^"[]/);
      expect(server.counts.other).toBe(0);
    } finally {
      await server.close();
    }
  },
);
