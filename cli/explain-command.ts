import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { redactSecrets, signingConfig } from '../src/index.js';
import { explainRequest, formatExplanation, parseCapturedRequest } from '../src/explain/index.js';
import { shortSecretProblem } from '../src/errors/ingo-session-error.js';
import { usageError } from './cli-exit-codes.js';
import { credentialVariables, type CliIo } from './cli-io.js';
import { defineCommand } from './define-command.js';
import { boolean, text } from './flags.js';
import { readFlagDate } from './read-flag-date.js';

const { username: USERNAME_VARIABLE, secret: SECRET_VARIABLE } = credentialVariables;

/** `ingo-session explain`: explains a captured request's signature and prints the verdict. */
export const runExplainCommand = defineCommand({
  name: 'explain',
  about: `Explains why a captured, signed Create Session request does or does not verify: every check with
expected and received values, the signing string expected beside what the sender most likely
signed, and the mistakes found by reconstructing them, each with a one-line fix.
Give the capture with --request FILE or --har FILE. The secret comes from ${SECRET_VARIABLE} (never an
argument) and is never printed; the username is the request's (set ${USERNAME_VARIABLE} to also check
that it is the secret's).`,
  flags: {
    request: text(
      'FILE',
      'the captured request: raw HTTP/1.1 (CRLF or LF, as nc -l, mitmproxy or a\ndebug log writes it), curl -v output, or a HAR file or entry',
    ),
    har: text('FILE', 'the capture is a HAR file (the first entry with an hmac Authorization)'),
    body: text('FILE', 'the body, for curl -v output (curl does not print the body it sends)'),
    at: text(
      'HTTP-DATE',
      'judge X-Date at this IMF-fixdate, e.g. "Wed, 01 Apr 2026 20:18:47 GMT" (default now)',
      readFlagDate,
    ),
    json: boolean('print { "ok", "checks": [...], "diagnoses": [{ "code", "message", "fix" }] }'),
  },
  notes: `Servers reject an X-Date more than ${signingConfig.clockSkewSeconds} seconds from their clock: explain a capture later with --at.`,
  exitCodes: { success: 'the request verifies', refused: 'it does not' },
  run: async (options, io) => {
    if (options.request === undefined && options.har === undefined)
      throw usageError('--request FILE or --har FILE is required');
    if (options.request !== undefined && options.har !== undefined)
      throw usageError('give --request FILE or --har FILE, not both');
    const secret = readSecret(io);
    const [flag, file] = options.har === undefined ? ['--request', options.request!] : ['--har', options.har];
    const capture = await readInput(io, flag, file);
    const body = options.body === undefined ? undefined : await readInput(io, '--body', options.body);
    if (flag === '--har' && !capture.toString('utf8').trimStart().startsWith('{'))
      throw usageError('--har FILE is not a HAR (JSON) file');
    const request = parseCapturedRequest(capture, body === undefined ? {} : { body });
    const expectedUsername = io.env[USERNAME_VARIABLE];
    const explanation = await explainRequest(request, secret, {
      at: options.at ?? new Date(),
      ...(expectedUsername ? { username: expectedUsername } : {}),
    });
    const text = options.json ? `${JSON.stringify(explanation, null, 2)}\n` : formatExplanation(explanation);
    io.stdout(redactSecrets(text, [secret]));
    return explanation.ok ? 0 : 1;
  },
});

/** The secret the request should be signed with: INGO_SECRET, never a flag (it would land in shell history). */
function readSecret(io: CliIo): string {
  const secret = io.env[SECRET_VARIABLE] ?? '';
  if (!secret)
    throw usageError(`${SECRET_VARIABLE} is not set: export the HMAC secret the request should be signed with`);
  // As every command: a secret this short cannot be redacted from the output without garbling it.
  const short = shortSecretProblem(secret, SECRET_VARIABLE);
  if (short) throw usageError(short);
  return secret;
}

async function readInput(io: CliIo, flag: string, file: string): Promise<Buffer> {
  try {
    return await readFile(resolve(io.cwd, file));
  } catch (error) {
    throw usageError(`cannot read ${flag} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
