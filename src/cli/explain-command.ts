import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError, isIngoSessionError, redactSecrets, signingConfig } from '../index.js';
import { explainRequest, formatExplanation, parseCapturedRequest } from '../explain/index.js';
import { shortSecretProblem } from '../errors/ingo-session-error.js';
import { parseHttpDate } from '../signing/http-date.js';
import { withHelpHint, writeCliError } from './cli-exit-codes.js';
import type { CliIo } from './cli-io.js';
import { parseFlags } from './parse-flags.js';
import { credentialVariables } from './read-credentials.js';

const { username: USERNAME_VARIABLE, secret: SECRET_VARIABLE } = credentialVariables;

const usage = `usage: ingo-session explain (--request FILE | --har FILE) [--body FILE] [--at HTTP-DATE] [--json]

Explains why a captured, signed Create Session request does or does not verify: every check with
expected and received values, the signing string expected beside what the sender most likely
signed, and the classic mistakes found by reconstructing them, each with a one-line fix.
The secret comes from ${SECRET_VARIABLE} (never an argument) and is never printed; the username is
the request's (set ${USERNAME_VARIABLE} to also check that it is the secret's).

  --request FILE    the captured request: raw HTTP/1.1 (CRLF or LF, as nc -l, mitmproxy or a
                    debug log writes it), curl -v output, or a HAR file or entry
  --har FILE        the capture is a HAR file (the first entry with an hmac Authorization)
  --body FILE       the body, for curl -v output (curl does not print the body it sends)
  --at HTTP-DATE    judge X-Date at this IMF-fixdate, e.g. "Wed, 01 Apr 2026 20:18:47 GMT" (default now)
  --json            print { "ok", "checks": [...], "diagnoses": [{ "code", "message", "fix" }] }
  -h, --help        show this help

Exit codes: 0 the request verifies; 1 it does not; 2 bad usage or input.
Servers reject an X-Date more than ${signingConfig.clockSkewSeconds} seconds from their clock: explain a capture later with --at.
`;

/** `ingo-session explain`: explains a captured request's signature and prints the verdict. */
export async function runExplainCommand(args: string[], io: CliIo): Promise<number> {
  const secret = io.env[SECRET_VARIABLE] ?? '';
  const fail = (message: string) => {
    writeCliError(io, 'explain', withHelpHint(message), [secret]);
    return 2;
  };
  try {
    const options = readOptions(args);
    if (options.help) {
      io.stdout(usage);
      return 0;
    }
    if (!secret)
      throw new ConfigurationError(
        `${SECRET_VARIABLE} is not set: export the HMAC secret the request should be signed with`,
      );
    // As every command: a secret this short cannot be redacted from the output without garbling it.
    const short = shortSecretProblem(secret, SECRET_VARIABLE);
    if (short) throw new ConfigurationError(short);
    const at = options.at === undefined ? new Date() : parseAt(options.at);
    const [flag, file] = options.har === undefined ? ['--request', options.request!] : ['--har', options.har];
    const capture = await readInput(io, flag, file);
    const body = options.body === undefined ? undefined : await readInput(io, '--body', options.body);
    if (flag === '--har' && !capture.toString('utf8').trimStart().startsWith('{'))
      throw new ConfigurationError('--har FILE is not a HAR (JSON) file');
    const request = parseCapturedRequest(capture, body === undefined ? {} : { body });
    const expectedUsername = io.env[USERNAME_VARIABLE];
    const explanation = await explainRequest(request, secret, {
      at,
      ...(expectedUsername ? { username: expectedUsername } : {}),
    });
    const text = options.json ? `${JSON.stringify(explanation, null, 2)}\n` : formatExplanation(explanation);
    io.stdout(redactSecrets(text, [secret]));
    return explanation.ok ? 0 : 1;
  } catch (error) {
    if (!isIngoSessionError(error)) throw error;
    return fail(error.message);
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
        request: { type: 'string' },
        har: { type: 'string' },
        body: { type: 'string' },
        at: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new ConfigurationError((error as Error).message);
  }
  if (!values.help) {
    if (values.request === undefined && values.har === undefined)
      throw new ConfigurationError('--request FILE or --har FILE is required');
    if (values.request !== undefined && values.har !== undefined)
      throw new ConfigurationError('give --request FILE or --har FILE, not both');
  }
  return {
    request: values.request,
    har: values.har,
    body: values.body,
    at: values.at,
    json: values.json,
    help: values.help,
  };
}

function parseAt(value: string): Date {
  const ms = parseHttpDate(value);
  if (ms === undefined)
    throw new ConfigurationError(
      '--at must be an IMF-fixdate in GMT such as "Wed, 01 Apr 2026 20:18:47 GMT" (weekday matching the date)',
    );
  return new Date(ms);
}

async function readInput(io: CliIo, flag: string, file: string): Promise<Buffer> {
  try {
    return await readFile(resolve(io.cwd, file));
  } catch (error) {
    throw new ConfigurationError(
      `cannot read ${flag} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}
