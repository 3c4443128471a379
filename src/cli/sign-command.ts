import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  ConfigurationError,
  createSessionPath,
  isIngoSessionError,
  sandboxBaseUrl,
  signingConfig,
  signRequest,
} from '../index.js';
import { createSpecValidators } from '../client/create-spec-validators.js';
import { formatValidationIssues } from '../spec/to-validation-issues.js';
import { parseHttpDate } from '../signing/http-date.js';
import { describeExitCodes, withHelpHint, writeCliError } from './cli-exit-codes.js';
import type { CliIo } from './cli-io.js';
import { parseFlags } from './parse-flags.js';
import { readBaseUrl } from './read-base-url.js';
import { credentialVariables, readCredentials } from './read-credentials.js';

const CREATE_SESSION_PATH: string = createSessionPath;
const SANDBOX_URL = sandboxBaseUrl;
const { username: USERNAME_VARIABLE, secret: SECRET_VARIABLE } = credentialVariables;

const usage = `usage: ingo-session sign --body FILE [--path P] [--x-date D] [--legacy] [--curl] [--base-url URL]

Signs FILE's bytes, exactly as they are in the file, as a Create Session request and prints the
headers to send, one "Name: value" per line; with --curl, a ready-to-run curl command instead.
Like create, it first checks the body against the spec and signs nothing that breaks it.
Credentials come from ${USERNAME_VARIABLE} and ${SECRET_VARIABLE}; the secret is never printed.

  --body FILE       the request body to sign and send (not re-serialised)
  --skip-validation sign the bytes even when they are not a valid Create Session body (negative tests)
  --path P          path and query to sign (default ${CREATE_SESSION_PATH})
  --x-date D        sign at this IMF-fixdate, e.g. "Wed, 01 Apr 2026 20:18:47 GMT" (default now)
  --legacy          sign with ${signingConfig.legacyAlgorithm} and its digest header (legacy integrations)
  --curl            print a curl command posting FILE to the base URL + path (curl sets Content-Length)
  --base-url URL    server for --curl and any path prefix (default the sandbox, ${SANDBOX_URL})
  -h, --help        show this help

Servers reject an X-Date more than ${signingConfig.clockSkewSeconds} seconds from their clock: send soon after signing.
${describeExitCodes('headers printed', 'never (sign sends nothing)')}
`;

/** `ingo-session sign`: prints the signing headers for a body file, or a ready-to-run curl command. */
export async function runSignCommand(args: string[], io: CliIo): Promise<number> {
  try {
    const options = readOptions(args);
    if (options.help) {
      io.stdout(usage);
      return 0;
    }
    const { username, secret } = readCredentials(io);
    const now = options.xDate === undefined ? new Date() : parseXDate(options.xDate);
    const base = readBaseUrl(options.baseUrl ?? SANDBOX_URL);
    const requestedPath = options.path ?? CREATE_SESSION_PATH;
    if (!requestedPath.startsWith('/'))
      throw new ConfigurationError('--path must start with "/" (the path and query, without the server)');
    const path = `${base.prefix}${requestedPath}`;
    const file = resolve(io.cwd, options.body);
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch (error) {
      // An input error, like a bad flag: exit 2.
      throw new ConfigurationError(
        `cannot read --body ${options.body}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
    if (!options.skipValidation) checkBody(options.body, body);
    const headers = await signRequest(
      { method: 'POST', path, body },
      { username, secret },
      { now, algorithm: options.legacy ? signingConfig.legacyAlgorithm : signingConfig.defaultAlgorithm },
    );
    io.stdout(
      options.curl
        ? formatCurl(`${base.origin}${path}`, headers, file)
        : Object.entries(headers)
            .map(([name, value]) => `${name}: ${value}\n`)
            .join(''),
    );
    return 0;
  } catch (error) {
    // Bad arguments or environment (ConfigurationError), or input that cannot be signed (SigningError): a usage error.
    if (!isIngoSessionError(error)) throw error;
    writeCliError(io, 'sign', withHelpHint(error.message));
    return 2;
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
        'skip-validation': { type: 'boolean', default: false },
        path: { type: 'string' },
        'x-date': { type: 'string' },
        legacy: { type: 'boolean', default: false },
        curl: { type: 'boolean', default: false },
        'base-url': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new ConfigurationError((error as Error).message);
  }
  if (!values.help && values.body === undefined) throw new ConfigurationError('--body FILE is required');
  return {
    body: values.body ?? '',
    skipValidation: values['skip-validation'],
    path: values.path,
    xDate: values['x-date'],
    legacy: values.legacy,
    curl: values.curl,
    baseUrl: values['base-url'],
    help: values.help,
  };
}

function parseXDate(value: string): Date {
  const ms = parseHttpDate(value);
  if (ms === undefined)
    throw new ConfigurationError(
      `--x-date must be an IMF-fixdate in GMT such as "Wed, 01 Apr 2026 20:18:47 GMT" (weekday matching the date)`,
    );
  return new Date(ms);
}

/** The same spec check as create's, on the exact bytes about to be signed. */
function checkBody(name: string, bytes: Uint8Array): void {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new ConfigurationError(
      `--body ${name} is not UTF-8 JSON (${(error as Error).message}); --skip-validation signs it anyway`,
    );
  }
  const issues = createSpecValidators().checkBody(body);
  if (issues)
    throw new ConfigurationError(
      `--body ${name} does not match the spec, nothing was signed: ${formatValidationIssues(issues)}; --skip-validation signs it anyway`,
    );
}

function formatCurl(url: string, headers: Record<string, string>, file: string): string {
  // curl computes Content-Length from the file, which is exactly the byte count that was signed.
  const lines = [`curl -sS ${quoteForShell(url)}`];
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== signingConfig.contentLengthHeader)
      lines.push(`  -H ${quoteForShell(`${name}: ${value}`)}`);
  }
  lines.push(`  --data-binary ${quoteForShell(`@${file}`)}`);
  return `${lines.join(' \\\n')}\n`;
}

/** Quotes one argument for a POSIX shell: as is when it holds only safe characters, else in single quotes. */
export function quoteForShell(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
