import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createSessionClient, sandboxBaseUrl, type CreateSessionBody, type SessionClientHooks } from '../src/index.js';
import { createSpecValidators } from '../src/client/create-spec-validators.js';
import { formatValidationIssues } from '../src/spec/to-validation-issues.js';
import { usageError, writeCliError } from './cli-exit-codes.js';
import { credentialVariables } from './cli-io.js';
import { defineCommand } from './define-command.js';
import { boolean, number, required, text } from './flags.js';
import { readBaseUrl } from './read-base-url.js';
import { readCredentials } from './read-credentials.js';

// The client's default time limit of one attempt, shown in --help.
const defaultTimeoutMs = 10_000;

/** `ingo-session create`: creates a session and prints the answer's JSON. */
export const runCreateCommand = defineCommand({
  name: 'create',
  about: `Creates a session: reads the JSON body from FILE, validates it against the spec, signs it, sends it
(retrying safely) and prints the answer's JSON: the session, or the server's error envelope.
Credentials come from ${credentialVariables.username} and ${credentialVariables.secret}; the secret is never printed.`,
  flags: {
    body: required(text('FILE', 'the Create Session body, JSON')),
    // Checked here, as the client would, so that the error names the flag.
    'base-url': text('URL', `the server (default the sandbox, ${sandboxBaseUrl})`, (url) => readBaseUrl(url).href),
    'idempotency-key': text('K', 'the Idempotency-Key to send (default: a fresh V4 UUID)', readIdempotencyKey),
    'timeout-ms': number('N', `time limit of each attempt in ms (default ${defaultTimeoutMs})`, {
      min: 0,
      aboveMin: true,
    }),
    verbose: boolean('one JSON line per attempt on stderr, from the client hooks (never secrets)'),
  },
  exitCodes: { success: 'session created', refused: 'the server refused or could not be reached' },
  run: async (options, io) => {
    const credentials = readCredentials(io);
    const body = await readJsonFile(io.cwd, options.body);
    const client = createSessionClient({
      ...credentials,
      ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
      ...(options.verbose && logAttempts(io)),
    });
    const result = await client.createSession(
      body,
      options.idempotencyKey === undefined ? {} : { idempotencyKey: options.idempotencyKey },
    );
    io.stdout(`${JSON.stringify(result.data ?? result.error.body, null, 2)}\n`);
    return result.data ? 0 : writeCliError(io, 'create', result.error.message, [credentials.secret]);
  },
});

/** Client hooks writing each attempt, answer and clock correction as one JSON line, with the hooks' field names. */
function logAttempts(io: { stderr: (text: string) => void }): SessionClientHooks {
  const log = (event: string, info: object) => io.stderr(`${JSON.stringify({ event, ...info })}\n`);
  return {
    onAttempt: (info) => log('attempt', info),
    onAnswer: (info) => log('answer', { ...info, durationMs: Math.round(info.durationMs) }),
    onClockCorrection: (info) => log('clock_correction', info),
  };
}

function readIdempotencyKey(key: string): string {
  const issues = createSpecValidators().checkIdempotencyKey(key);
  if (issues) throw usageError(`--idempotency-key does not match the spec: ${formatValidationIssues(issues)}`);
  return key;
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
