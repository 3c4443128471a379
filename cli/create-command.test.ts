import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readBody, startLoopbackServer } from '../test-support/fake-ingo.js';
import { spec } from '../generated/spec.js';
import { verifyRequest } from '../src/signing/verify-request.js';
import { runCreateCommand } from './create-command.js';
import { runCli } from '../test-support/run-cli.js';

const SECRET = 'cli-secret-9Kp2';
const created = spec.components.examples.Created.value;
let server: Awaited<ReturnType<typeof startLoopbackServer>>;
let dir: string;
const seen: { headers: Record<string, unknown>; body: string; ok: boolean }[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: created };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingo-create-'));
  await writeFile(join(dir, 'body.json'), JSON.stringify(spec.components.examples.MinimalRequest.value));
  await writeFile(join(dir, 'broken.json'), '{"participant_unique_id1": ');
  await writeFile(join(dir, 'invalid.json'), `{"participant_unique_id1": "${'x'.repeat(101)}"}`);
  server = await startLoopbackServer(async (request, response) => {
    const body = await readBody(request);
    // Live clock on both sides: the CLI signs with the real time, as it does in use.
    const verdict = await verifyRequest(
      { method: request.method!, path: request.url!, headers: request.headers as Record<string, string>, body },
      (user) => (user === 'cli-user' ? SECRET : undefined),
    );
    seen.push({ headers: request.headers, body, ok: verdict.ok });
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function run(
  args: string[],
  env: Record<string, string | undefined> = { INGO_USERNAME: 'cli-user', INGO_SECRET: SECRET },
) {
  const result = await runCli(runCreateCommand, args, { env, cwd: dir });
  expect(result.stdout + result.stderr).not.toContain(SECRET);
  return result;
}

test('creates a session and prints the answer JSON', async () => {
  answer = { status: 200, body: created };
  seen.length = 0;
  const { code, stdout, stderr } = await run([
    '--body',
    'body.json',
    '--base-url',
    server.url,
    '--idempotency-key',
    'cli-key-1',
    '--timeout-ms',
    '5000',
  ]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toEqual(created);
  expect(seen).toHaveLength(1);
  expect(seen[0]!.ok).toBe(true);
  expect(seen[0]!.headers['idempotency-key']).toBe('cli-key-1');
});

test('prints the error envelope and a one-line error, exit 1, when the server refuses', async () => {
  answer = { status: 422, body: { status: 13723, client_message: 'key reused', time: 0.1 } };
  const { code, stdout, stderr } = await run(['--body', 'body.json', '--base-url', server.url]);
  expect(code).toBe(1);
  expect(JSON.parse(stdout)).toEqual(answer.body);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^ingo-session create: .*HTTP 422, status 13723: key reused/);
});

test("--verbose writes one JSON line per attempt and per answer, with the hooks' field names and no secret", async () => {
  answer = { status: 422, body: { status: 13723, client_message: 'key reused', time: 0.1 } };
  const { code, stderr } = await run(['--body', 'body.json', '--base-url', server.url, '--verbose']);
  expect(code).toBe(1);
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(3);
  const [attempt, answered] = lines.slice(0, 2).map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(attempt).toMatchObject({ event: 'attempt', attempt: 1, method: 'POST', signedHeaders: expect.any(Array) });
  expect(answered).toMatchObject({
    event: 'answer',
    attempt: 1,
    httpStatus: 422,
    envelopeStatus: 13723,
    decision: 'give-up',
  });
  expect(stderr).not.toMatch(/signature/i);
});

test('a server that cannot be reached is exit 1 with one line', async () => {
  const closed = await startLoopbackServer(() => {});
  await closed.close();
  const { code, stdout, stderr } = await run(['--body', 'body.json', '--base-url', closed.url, '--timeout-ms', '2000']);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/^ingo-session create: no answer from the server .*ECONNREFUSED/);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
});

test.each([
  [['--body', 'body.json'], { INGO_SECRET: SECRET }, /INGO_USERNAME is not set/],
  [['--body', 'body.json'], { INGO_USERNAME: 'cli-user' }, /INGO_SECRET is not set/],
  [[], undefined, /--body FILE is required/],
  [['--body', 'missing.json'], undefined, /cannot read --body missing.json: ENOENT/],
  [['--body', 'broken.json'], undefined, /--body broken.json is not valid JSON/],
  [
    ['--body', 'invalid.json'],
    undefined,
    /nothing was sent: (?=.*\/participant_unique_id1 must NOT have more than 100 characters)(?=.*\/recipient_information must have required property)/,
  ],
  [['--body', 'body.json', '--timeout-ms', 'soon'], undefined, /--timeout-ms must be a number/],
  [['--body', 'body.json', '--timeout-ms', '-5'], undefined, /--timeout-ms must be a number > 0, not "-5"/],
  [['--body', 'body.json', '--timeout-ms'], undefined, /--timeout-ms needs a value/],
  [['--body', 'body.json', '--base-url', 'nowhere'], undefined, /--base-url must be an absolute http\(s\) URL/],
  [['--body', 'body.json', '--idempotency-key', ''], undefined, /--idempotency-key does not match the spec/],
  [
    ['--body', 'body.json'],
    { INGO_USERNAME: 'cli-user', INGO_SECRET: 'x' },
    /INGO_SECRET is shorter than 8 characters/,
  ],
  [['--bogus'], undefined, /unknown option --bogus/],
])('usage error %j: exit 2, one line, nothing sent', async (args, env, message) => {
  seen.length = 0;
  const { code, stdout, stderr } = await run(args as string[], env);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toMatch(message);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(seen).toHaveLength(0);
});

test('--help prints usage and exits 0', async () => {
  const { code, stdout } = await run(['--help']);
  expect(code).toBe(0);
  expect(stdout).toContain('usage: ingo-session create --body FILE');
  expect(stdout).toContain('INGO_SECRET');
});
