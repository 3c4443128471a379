/**
 * Writes everything under generated/ from openapi/session-management.yaml:
 * - session-management.d.ts: the types, by openapi-typescript;
 * - spec.ts: the document as a typed constant, so runtime code (ajv schemas, `x-ingo-signing`)
 *   reads the spec without a YAML parser or a file lookup.
 * `--check` writes nothing and exits 1 when a committed file differs from what would be written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const root = new URL('../', import.meta.url);
const specUrl = new URL('openapi/session-management.yaml', root);
const header = (what: string) =>
  `// ${what}\n// GENERATED FILE. DO NOT EDIT. Source: openapi/session-management.yaml; regenerate with \`npm run generate\`.\n`;

/** Renders every generated file from the spec text; pure apart from openapi-typescript. */
export async function renderGenerated(specText: string): Promise<Record<string, string>> {
  const document = parse(specText) as Record<string, unknown>;
  const ast = await openapiTS(specText, { alphabetize: false, exportType: false });
  return {
    'generated/session-management.d.ts':
      header('Types of the Ingo Session Management API, by openapi-typescript.') + '\n' + astToString(ast),
    'generated/spec.ts':
      header('The OpenAPI document as data, for ajv schemas and the x-ingo-signing extension.') +
      '\n/** The Session Management OpenAPI document, parsed. */\n' +
      `export const spec = ${JSON.stringify(document, null, 2)} as const;\n`,
  };
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = await renderGenerated(await readFile(specUrl, 'utf8'));
  const stale: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    const url = new URL(path, root);
    if (check) {
      const current = await readFile(url, 'utf8').catch(() => '');
      if (current !== text) stale.push(path);
    } else {
      await writeFile(url, text);
      console.log(`wrote ${fileURLToPath(url)}`);
    }
  }
  if (stale.length > 0) {
    console.error(`stale generated files (run \`npm run generate\`): ${stale.join(', ')}`);
    process.exit(1);
  }
  if (check) console.log('generated files are fresh');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
