/**
 * `npm run docs`: renders the spec with `redocly build-docs` into docs/index.html, one file that
 * works offline (Redoc inlined, telemetry off, no external origin; see offline-html.ts). The
 * operation's code samples include the Python and Java ones taken from examples/ (certified clients).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { readExampleSamples, withCodeSamples } from './example-code-samples.js';
import { findExternalReferences, makeOfflineHtml } from './offline-html.js';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Builds the offline docs page and returns its path. */
export async function buildDocs(output = join(root, 'docs/index.html')): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), 'ingo-docs-'));
  try {
    const raw = join(scratch, 'raw.html');
    // The spec plus the Python and Java samples of the certified reference clients (examples/).
    const document = withCodeSamples(
      parse(await readFile(join(root, 'openapi/session-management.yaml'), 'utf8')) as Record<string, unknown>,
      await readExampleSamples(new URL('../', import.meta.url)),
    );
    const specFile = join(scratch, 'session-management.yaml');
    await writeFile(specFile, stringify(document));
    await promisify(execFile)(
      join(root, 'node_modules/.bin/redocly'),
      [
        'build-docs',
        specFile,
        '--inlineBundle',
        '--output',
        raw,
        '--title',
        'Ingo Payments Session Management API',
        // Rendering options (telemetry off, code samples, …) live in redocly.yaml's `openapi:` block:
        // any --openapi.* flag here would replace that whole block.
      ],
      { cwd: root, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    );
    const html = makeOfflineHtml(await readFile(raw, 'utf8'));
    const external = findExternalReferences(html);
    if (external.length > 0) throw new Error(`docs page still references external origins: ${external.join(', ')}`);
    // The output's folder may not exist yet (any path may be asked for): create it.
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, html);
    return output;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`wrote ${await buildDocs()}`);
}
