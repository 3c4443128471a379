import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  ConfigurationError,
  createSessionClient,
  isIngoSessionError,
  isRequestValidationError,
  redactSecrets,
  sandboxBaseUrl,
  type CreateSessionBody,
} from '../index.js';
import { createSpecValidators } from '../client/create-spec-validators.js';
import { formatValidationIssues } from '../spec/to-validation-issues.js';
import { withHelpHint } from './cli-exit-codes.js';
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

Exit codes: 0 session created; 1 the server refused or could not be reached; 2 bad usage or input.
`;

/** `ingo-session create`: creates a session and prints the answer's JSON. */
export async function runCreateCommand(args: string[], io: CliIo): Promise<number> {
  let secret = '';
  const fail = (code: number, message: string) => {
    io.stderr(`ingo-session create: ${redactSecrets(message, [secret]).replaceAll('\n', ' ')}\n`);
    return code;
  };
  try {
    const options = readOptions(args);
    if (options.help) {
      io.stdout(usage);
      return 0;
    }
    const credentials = readCredentials(io);
    secret = credentials.secret;
    const body = await readJsonFile(io.cwd, options.body);
    const client = createSessionClient({
      ...credentials,
      ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    });
    const result = await client.createSession(
      body,
      options.idempotencyKey === undefined ? {} : { idempotencyKey: options.idempotencyKey },
    );
    if (result.data) {
      io.stdout(`${JSON.stringify(result.data, null, 2)}\n`);
      return 0;
    }
    io.stdout(`${JSON.stringify(result.error.body, null, 2)}\n`);
    return fail(1, result.error.message);
  } catch (error) {
    if (!isIngoSessionError(error)) throw error;
    // Our own mistakes (options, environment, the body file) are usage errors; the rest come from the server or the network.
    const usageError = error instanceof ConfigurationError || isRequestValidationError(error);
    return fail(usageError ? 2 : 1, usageError ? withHelpHint(error.message) : error.message);
  }
}

function readOptions(args: string[]) {
  let values;
  try {
    ({ values } = parseFlags({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        body: { type: 'string' },
        'base-url': { type: 'string' },
        'idempotency-key': { type: 'string' },
        'timeout-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new ConfigurationError((error as Error).message);
  }
  if (values.help) return { help: true as const, body: '' };
  if (values.body === undefined) throw new ConfigurationError('--body FILE is required');
  const timeout = values['timeout-ms'];
  const timeoutMs =
    timeout === undefined ? undefined : readFlagNumber('--timeout-ms', timeout, { min: 0, aboveMin: true });
  // Checked here, as the client would, so that the error names the flag.
  const baseUrl = values['base-url'] === undefined ? undefined : readBaseUrl(values['base-url']).href;
  const keyIssues =
    values['idempotency-key'] === undefined
      ? undefined
      : createSpecValidators().checkIdempotencyKey(values['idempotency-key']);
  if (keyIssues)
    throw new ConfigurationError(`--idempotency-key does not match the spec: ${formatValidationIssues(keyIssues)}`);
  return { help: false as const, body: values.body, baseUrl, idempotencyKey: values['idempotency-key'], timeoutMs };
}

async function readJsonFile(cwd: string, name: string): Promise<CreateSessionBody> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, name), 'utf8');
  } catch (error) {
    throw new ConfigurationError(
      `cannot read --body ${name}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    // The spec check in createSession reports any shape problem; here only the JSON syntax.
    return JSON.parse(text) as CreateSessionBody;
  } catch (error) {
    throw new ConfigurationError(`--body ${name} is not valid JSON: ${(error as Error).message}`);
  }
}
