import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../cli/cli-io.js';
import { runCreateCommand } from '../cli/create-command.js';
import { runMockCommand, type MockCliIo } from '../cli/mock-command.js';
import { runSignCommand } from '../cli/sign-command.js';
import { createSessionPath } from '../src/spec/create-session-operation.js';
import type { MockLogEvent } from '../src/mock/mock-options.js';
import { startMock } from '../src/mock/start-mock.js';
import { signRequest } from '../src/signing/sign-request.js';
import type { OutputCollector } from './collect-output.js';
import { recordAttempts } from './record-attempts.js';
import { makeSessionBody, minimalBodyText, reliabilityCredentials } from './reliability-fixtures.js';
import { closedPortUrl } from './secret-scenarios-client.js';

const { username, secret } = reliabilityCredentials;
const env = { INGO_USERNAME: username, INGO_SECRET: secret };

/**
 * Runs the `create`, `sign` and `mock` commands in process with a capturing CliIo, through
 * success and every kind of failure, and hands what they print to `collector`. The CLI signs with
 * the real clock, so the mock runs on it too. `sign` exists to print a signature: its stdout is
 * checked for the secret only, and the signatures it prints join `signatures` so that no other
 * output may show them.
 */
export async function runCliSecretScenarios(collector: OutputCollector, signatures: Set<string>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'ingo-reliability-'));
  const events: MockLogEvent[] = [];
  const mock = await startMock({ credentials: reliabilityCredentials, log: (event) => events.push(event) });
  const run = async (
    name: string,
    command: (args: string[], io: CliIo) => Promise<number>,
    args: string[],
    runEnv: Record<string, string> = env,
  ) => {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      env: runEnv,
      cwd: dir,
    };
    await withRecordedFetch(signatures, () => command(args, io)).catch((error: unknown) =>
      collector.addError(`cli ${name} (thrown)`, error),
    );
    const printsSignatures = command === runSignCommand;
    collector.add(`cli ${name} stdout`, stdout, { signaturesAllowed: printsSignatures });
    collector.add(`cli ${name} stderr`, stderr);
    if (printsSignatures) for (const match of stdout.matchAll(/signature="([^"]+)"/g)) signatures.add(match[1]!);
  };
  try {
    await writeFile(join(dir, 'body.json'), minimalBodyText);
    await writeFile(join(dir, 'other.json'), JSON.stringify(makeSessionBody('cli-other')));
    await writeFile(join(dir, 'invalid.json'), '{"participant_unique_id1": ""}');
    await writeFile(join(dir, 'broken.json'), '{"participant_unique_id1": ');
    const unreachable = await closedPortUrl();
    await run('create ok', runCreateCommand, ['--body', 'body.json', '--base-url', mock.url]);
    await run('create wrong secret', runCreateCommand, ['--body', 'body.json', '--base-url', mock.url], {
      ...env,
      INGO_SECRET: `${secret}-wrong`,
    });
    await run('create conflict setup', runCreateCommand, [
      '--body',
      'body.json',
      '--base-url',
      mock.url,
      '--idempotency-key',
      'cli-key',
    ]);
    await run('create conflict', runCreateCommand, [
      '--body',
      'other.json',
      '--base-url',
      mock.url,
      '--idempotency-key',
      'cli-key',
    ]);
    await run('create invalid body', runCreateCommand, ['--body', 'invalid.json', '--base-url', mock.url]);
    await run('create broken JSON', runCreateCommand, ['--body', 'broken.json', '--base-url', mock.url]);
    await run('create unreachable', runCreateCommand, [
      '--body',
      'body.json',
      '--base-url',
      unreachable,
      '--timeout-ms',
      '500',
    ]);
    await run('create secret in base URL', runCreateCommand, [
      '--body',
      'body.json',
      '--base-url',
      `http://${username}:${secret}@127.0.0.1:1`,
    ]);
    await run('create no secret', runCreateCommand, ['--body', 'body.json', '--base-url', mock.url], {
      INGO_USERNAME: username,
    });
    await run('sign ok', runSignCommand, ['--body', 'body.json']);
    await run('sign curl', runSignCommand, ['--body', 'body.json', '--curl', '--base-url', mock.url]);
    await run('sign bad date', runSignCommand, ['--body', 'body.json', '--x-date', 'yesterday']);
    await run('sign secret in base URL', runSignCommand, [
      '--body',
      'body.json',
      '--curl',
      '--base-url',
      `http://${username}:${secret}@127.0.0.1:1`,
    ]);
    await run('sign missing file', runSignCommand, ['--body', 'missing.json']);
    await runMockScenario(collector, signatures);
    await run('mock secret without username', runMockCommand, ['--port', '0', '--secret', secret], {});
    await run(
      'mock bad rate',
      runMockCommand,
      ['--port', '0', '--username', username, '--secret', secret, '--fail-rate', '2'],
      {},
    );
  } finally {
    await mock.close();
    await rm(dir, { recursive: true, force: true });
  }
  collector.addValue('mock log (cli scenarios)', events);
}

/** `ingo-session mock --verbose` with the secret on its command line, sent a good and a badly signed request. */
async function runMockScenario(collector: OutputCollector, signatures: Set<string>): Promise<void> {
  let stdout = '';
  let stderr = '';
  let announce!: (url: string) => void;
  const listening = new Promise<string>((resolve) => (announce = resolve));
  let stop!: () => void;
  const untilStopped = new Promise<void>((resolve) => (stop = resolve));
  const io: MockCliIo = {
    stdout: (text) => {
      stdout += text;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) announce(match[1]!);
    },
    stderr: (text) => void (stderr += text),
    env: {},
    cwd: process.cwd(),
    untilStopped,
  };
  const exit = runMockCommand(['--port', '0', '--username', username, '--secret', secret, '--verbose'], io);
  const url = await Promise.race([
    listening,
    exit.then((code) => Promise.reject(new Error(`ingo-session mock exited with ${code}: ${stderr}`))),
  ]);
  for (const credentials of [reliabilityCredentials, { username, secret: `${secret}-wrong` }]) {
    const headers = await signRequest({ method: 'POST', path: createSessionPath, body: minimalBodyText }, credentials, {
      now: new Date(),
    });
    signatures.add(/signature="([^"]+)"/.exec(headers.Authorization!)![1]!);
    const response = await fetch(`${url}${createSessionPath}`, {
      method: 'POST',
      headers,
      body: minimalBodyText,
      signal: AbortSignal.timeout(5_000),
    });
    collector.add('cli mock answer', await response.text());
  }
  stop();
  await exit;
  collector.add('cli mock stdout', stdout);
  collector.add('cli mock stderr (verbose log)', stderr);
}

/**
 * Runs `action` with globalThis.fetch recording every signature sent (the create command builds
 * its own client on the global fetch), then restores it.
 */
async function withRecordedFetch<T>(signatures: Set<string>, action: () => Promise<T>): Promise<T> {
  const original = globalThis.fetch;
  const recorder = recordAttempts((request, init) => original(request, init));
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    input instanceof Request
      ? recorder.fetch(input, init as { signal?: AbortSignal })
      : original(input, init)) as typeof fetch;
  try {
    return await action();
  } finally {
    globalThis.fetch = original;
    for (const attempt of recorder.attempts) if (attempt.signature) signatures.add(attempt.signature);
  }
}
