import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createSessionPath, sandboxBaseUrl, signingConfig, signRequest } from '../src/index.js';
import { createSpecValidators } from '../src/client/create-spec-validators.js';
import { formatValidationIssues } from '../src/spec/to-validation-issues.js';
import { usageError } from './cli-exit-codes.js';
import { credentialVariables } from './cli-io.js';
import { defineCommand } from './define-command.js';
import { boolean, required, text } from './flags.js';
import { readBaseUrl } from './read-base-url.js';
import { readFlagDate } from './read-flag-date.js';
import { readCredentials } from './read-credentials.js';

/** `ingo-session sign`: prints the signing headers for a body file, or a ready-to-run curl command. */
export const runSignCommand = defineCommand({
  name: 'sign',
  about: `Signs FILE's bytes, exactly as they are in the file, as a Create Session request and prints the
headers to send, one "Name: value" per line; with --curl, a ready-to-run curl command instead.
Like create, it first checks the body against the spec and signs nothing that breaks it.
Credentials come from ${credentialVariables.username} and ${credentialVariables.secret}; the secret is never printed.`,
  flags: {
    body: required(text('FILE', 'the request body to sign and send (not re-serialised)')),
    'skip-validation': boolean('sign the bytes even when they are not a valid Create Session body (negative tests)'),
    path: text('P', `path and query to sign (default ${createSessionPath})`, readPath),
    'x-date': text('D', 'sign at this IMF-fixdate, e.g. "Wed, 01 Apr 2026 20:18:47 GMT" (default now)', readFlagDate),
    legacy: boolean(`sign with ${signingConfig.legacyAlgorithm} and its digest header (legacy integrations)`),
    curl: boolean('print a curl command posting FILE to the base URL + path (curl sets Content-Length)'),
    'base-url': text(
      'URL',
      `server for --curl and any path prefix (default the sandbox, ${sandboxBaseUrl})`,
      readBaseUrl,
    ),
  },
  notes: `Servers reject an X-Date more than ${signingConfig.clockSkewSeconds} seconds from their clock: send soon after signing.`,
  exitCodes: { success: 'headers printed', refused: 'never (sign sends nothing)' },
  run: async (options, io) => {
    const { username, secret } = readCredentials(io);
    const base = options.baseUrl ?? readBaseUrl(sandboxBaseUrl);
    const path = `${base.prefix}${options.path ?? createSessionPath}`;
    const file = resolve(io.cwd, options.body);
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch (error) {
      throw usageError(`cannot read --body ${options.body}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    if (!options.skipValidation) checkBody(options.body, body);
    const headers = await signRequest(
      { method: 'POST', path, body },
      { username, secret },
      {
        now: options.xDate ?? new Date(),
        algorithm: options.legacy ? signingConfig.legacyAlgorithm : signingConfig.defaultAlgorithm,
      },
    );
    io.stdout(
      options.curl
        ? formatCurl(`${base.origin}${path}`, headers, file)
        : Object.entries(headers)
            .map(([name, value]) => `${name}: ${value}\n`)
            .join(''),
    );
    return 0;
  },
});

function readPath(path: string): string {
  if (!path.startsWith('/')) throw usageError('--path must start with "/" (the path and query, without the server)');
  return path;
}

/** The same spec check as create's, on the exact bytes about to be signed. */
function checkBody(name: string, bytes: Uint8Array): void {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw usageError(
      `--body ${name} is not UTF-8 JSON (${(error as Error).message}); --skip-validation signs it anyway`,
    );
  }
  const issues = createSpecValidators().checkBody(body);
  if (issues)
    throw usageError(
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
