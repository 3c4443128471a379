/**
 * The Python and Java code samples of the spec's Create Session operation, taken from the reference
 * clients in examples/ (the part between `region signing` and `endregion signing`), so that the
 * samples are the code `ingo-session certify --strict` proves, never a pasted copy that drifts.
 */
import { readFile } from 'node:fs/promises';

/** One entry of `x-codeSamples`. */
export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

/** Where each sample comes from. */
export const exampleSampleSources = [
  { lang: 'Python', label: 'Python (standard library; certified)', file: 'examples/python/certify_client.py' },
  { lang: 'Java', label: 'Java 17 (java.net.http; certified)', file: 'examples/java/CertifyClient.java' },
] as const;

const operationPath = '/api/v1/sessions/point-in-time/plugin';

/** Reads the samples from the example files under `root`. */
export async function readExampleSamples(root: URL): Promise<CodeSample[]> {
  return Promise.all(
    exampleSampleSources.map(async ({ lang, label, file }) => ({
      lang,
      label,
      source: extractRegion(await readFile(new URL(file, root), 'utf8'), 'signing', file),
    })),
  );
}

/**
 * The lines between `region NAME` and `endregion NAME` comment lines (any comment marker),
 * dedented by their common indentation, ending with one newline. Throws when the region is missing.
 */
export function extractRegion(text: string, name: string, file = 'the file'): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^\\s*(#|//)\\s*region ${name}\\s*$`).test(line));
  const end = lines.findIndex((line, i) => i > start && new RegExp(`^\\s*(#|//)\\s*endregion ${name}\\s*$`).test(line));
  if (start === -1 || end === -1) throw new Error(`${file}: no "region ${name}" ... "endregion ${name}" comments`);
  const region = lines.slice(start + 1, end);
  const indent = Math.min(...region.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return `${region
    .map((line) => line.slice(indent))
    .join('\n')
    .trimEnd()}\n`;
}

/** The document with `samples` appended to the Create Session operation's `x-codeSamples` (a copy; the input is untouched). */
export function withCodeSamples(
  document: Record<string, unknown>,
  samples: readonly CodeSample[],
): Record<string, unknown> {
  const copy = structuredClone(document) as { paths: Record<string, { post: { 'x-codeSamples'?: CodeSample[] } }> };
  const operation = copy.paths[operationPath]?.post;
  if (operation === undefined) throw new Error(`the spec has no POST ${operationPath}`);
  operation['x-codeSamples'] = [...(operation['x-codeSamples'] ?? []), ...samples];
  return copy;
}
