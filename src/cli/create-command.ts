import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createSessionClient, createSpecValidators, formatValidationIssues, sandboxBaseUrl, type CreateSessionBody } from '../index.js';
import { describeExitCodes, exitCodes, reportCliError, usageError, writeCliError } from './cli-exit-codes.js';
import type { CliIo } from './cli-io.js';
import { parseFlags } from './parse-flags.js';
import { readBaseUrl } from './read-base-url.js';
import { readFlagNumber } from './read-flag-number.js';
import { credentialVariables, readCredentials } from './read-credentials.js';

const { username: USERNAME_VARIABLE, secret: SECRET_VARIABLE } = credentialVariables;
// The client's default time limit of one attempt, shown in --help.
const defaultTimeoutMs = 10_000;

const usage = `usage: ingo-session create --body FILE [--base-url URL] [--idempotency-key K] [--timeout-ms N]

Creates a session: reads the JSON body from FILE, validates it against the spec, signs it, sends it
(retrying safely) and prints the answer's JSON: the session, or the server's error envelope.
Credentials come from ${USERNAME_VARIABLE} and ${SECRET_VARIABLE}; the secret is never printed.

  --body FILE              the Create Session body, JSON
  --base-url URL           the server (default the sandbox, ${sandboxBaseUrl})
  --idempotency-key K      the Idempotency-Key to send (default: a fresh V4 UUID)
  --timeout-ms N           time limit of each attempt in ms (default ${defaultTimeoutMs})
  -h, --help               show this help

${describeExitCodes('session created', 'the server refused or could not be reached')}
`;

/** `ingo-session create`: creates a session and prints the answer's JSON. */
export async function runCreateCommand(args: string[], io: CliIo): Promise<number> {
  let secret = '';
  try {
    const options = readOptions(args);
    if (options.help) {
      io.stdout(usage);
      return exitCodes.success;
    }
    const credentials = readCredentials(io);
    secret = credentials.secret;
    const body = await readJsonFile(io.cwd, options.body);
    const client = createSessionClient({
      ...credentials,
      ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    });
    const result = await client.createSession(body, options.idempotencyKey === undefined ? {} : { idempotencyKey: options.idempotencyKey });
    if (result.data) {
      io.stdout(`${JSON.stringify(result.data, null, 2)}\n`);
      return exitCodes.success;
    }
    io.stdout(`${JSON.stringify(result.error.body, null, 2)}\n`);
    writeCliError(io, 'create', result.error.message, [secret]);
    return exitCodes.refused;
  } catch (error) {
    // Our own mistakes (options, environment, the body file) are usage errors (2); the rest come from the server or the network (1).
    return reportCliError(io, 'create', error, [secret]);
  }
}

function readOptions(args: string[]) {
  const values = parseFlags(args, {
    body: { type: 'string' },
    'base-url': { type: 'string' },
    'idempotency-key': { type: 'string' },
    'timeout-ms': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { help: true as const, body: '' };
  if (values.body === undefined) throw usageError('--body FILE is required');
  const timeout = values['timeout-ms'];
  const key = values['idempotency-key'];
  const keyIssues = key === undefined ? undefined : createSpecValidators().checkIdempotencyKey(key);
  if (keyIssues) throw usageError(`--idempotency-key does not match the spec: ${formatValidationIssues(keyIssues)}`);
  return {
    help: false as const,
    body: values.body,
    baseUrl: values['base-url'] === undefined ? undefined : readBaseUrl(values['base-url']).href,
    idempotencyKey: key,
    timeoutMs: timeout === undefined ? undefined : readFlagNumber('--timeout-ms', timeout, { min: 0, aboveMin: true }),
  };
}

async function readJsonFile(cwd: string, name: string): Promise<CreateSessionBody> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, name), 'utf8');
  } catch (error) {
    throw usageError(`cannot read --body ${name}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    // The spec check in createSession reports any shape problem; here only the JSON syntax.
    return JSON.parse(text) as CreateSessionBody;
  } catch (error) {
    throw usageError(`--body ${name} is not valid JSON: ${(error as Error).message}`);
  }
}
