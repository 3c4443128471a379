import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMock, type RunningMock } from '../../src/mock/start-mock.js';
import { curlCommand, parseReplayId, replayId, rerunCommand } from './rerun-commands.js';

const run = promisify(execFile);
const credentials = { username: 'rerun-user', secret: 'rerun-test-secret-0123456789' };
const directory = mkdtempSync(join(tmpdir(), 'ingo-rerun-'));
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ credentials });
  // `ingo-session` on PATH: the CLI of this checkout, as an installed package would provide it.
  const root = resolve(import.meta.dirname, '../..');
  writeFileSync(
    join(directory, 'ingo-session'),
    `#!/bin/sh\nexec "${root}/node_modules/.bin/tsx" "${root}/cli/main.ts" "$@"\n`,
  );
  chmodSync(join(directory, 'ingo-session'), 0o755);
});
afterAll(async () => {
  await mock.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('rerun commands', () => {
  test('a replay id names the property and the path, and parses back', () => {
    const id = replayId('invalid-body/:required:recipient_information', '12:0:3');
    expect(id).toBe('invalid-body/:required:recipient_information@12:0:3');
    expect(parseReplayId(id)).toEqual({ propertyId: 'invalid-body/:required:recipient_information', path: '12:0:3' });
    expect(parseReplayId('valid-body')).toBeUndefined();
    expect(parseReplayId('valid-body@x')).toBeUndefined();
    expect(rerunCommand({ seed: 5 }, id)).toBe(
      'ingo-session conformance --seed 5 --replay invalid-body/:required:recipient_information@12:0:3',
    );
    expect(rerunCommand({ seed: -1, baseUrl: 'https://example.test' }, 'valid-body@1')).toBe(
      'ingo-session conformance --base-url https://example.test --seed -1 --replay valid-body@1',
    );
  });

  test('the curl command signs when it runs, sends the exact bytes and a fresh key per run', async () => {
    const body = '{\n "participant_unique_id1" : "é𝄞\\u00e9\'x", "recipient_information":{}}';
    const curl = curlCommand(
      {
        summary: '',
        size: '',
        curlable: true,
        bodies: [
          { body, idempotencyKey: '<key 0>' },
          { body, idempotencyKey: '<key 0>' },
        ],
      },
      mock.url,
    )!;
    expect(curlCommand({ summary: '', size: '', curlable: false, bodies: [{ body }] }, mock.url)).toBeUndefined();
    const answers = async () => {
      const { stdout } = await run('sh', ['-c', curl], {
        cwd: directory,
        env: {
          ...process.env,
          PATH: `${directory}:${process.env.PATH}`,
          INGO_USERNAME: credentials.username,
          INGO_SECRET: credentials.secret,
        },
      });
      return stdout
        .trim()
        .split('\n')
        .map(
          (line) =>
            JSON.parse(line) as {
              status: number;
              data: { session_identifier: string; participant_unique_id1: string };
            },
        );
    };
    const [first, second] = await answers();
    expect(first!.status).toBe(100);
    expect(first!.data.participant_unique_id1).toBe("é𝄞é'x");
    expect(second!.status).toBe(101);
    expect(second!.data.session_identifier).toBe(first!.data.session_identifier);
    // Run again later: signed anew, under a new key, so a new session.
    const [again] = await answers();
    expect(again!.status).toBe(100);
    expect(again!.data.session_identifier).not.toBe(first!.data.session_identifier);
  }, 60_000);
});
