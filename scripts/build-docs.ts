/**
 * `npm run docs`: renders the spec with `redocly build-docs` into docs/index.html, one file that
 * works offline (Redoc inlined, telemetry off, no external origin; see offline-html.ts).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { findExternalReferences, makeOfflineHtml } from './offline-html.js';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Builds the offline docs page and returns its path. */
export async function buildDocs(output = join(root, 'docs/index.html')): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), 'ingo-docs-'));
  try {
    const raw = join(scratch, 'raw.html');
    await promisify(execFile)(
      join(root, 'node_modules/.bin/redocly'),
      [
        'build-docs',
        'openapi/session-management.yaml',
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
