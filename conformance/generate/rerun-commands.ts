import type { GeneratedExample } from './generated-property.js';

/** Where a generated case ran, for the commands that reproduce it. */
export interface RerunTarget {
  /** The server under test; absent for the embedded mock. */
  baseUrl?: string;
  seed: number;
}

/** The replay id of a shrunk case: the property and fast-check's path to it (`valid-body@12:3:0`). */
export function replayId(propertyId: string, path: string): string {
  return `${propertyId}@${path}`;
}

/** Splits a replay id into property and path; undefined when it is not one. */
export function parseReplayId(id: string): { propertyId: string; path: string } | undefined {
  const at = id.lastIndexOf('@');
  if (at <= 0 || !/^\d+(:\d+)*$/.test(id.slice(at + 1))) return undefined;
  return { propertyId: id.slice(0, at), path: id.slice(at + 1) };
}

/** The one-line rerun of a shrunk case: runs exactly that case again against the same target. */
export function rerunCommand({ baseUrl, seed }: RerunTarget, id: string): string {
  return [
    'ingo-session conformance',
    ...(baseUrl === undefined ? [] : [`--base-url ${quote(baseUrl)}`]),
    `--seed ${seed}`,
    `--replay ${quote(id)}`,
  ].join(' ');
}

/**
 * A ready shell command that sends the shrunk case's bodies with curl, signed when it runs by
 * `ingo-session sign --curl` (credentials from INGO_USERNAME and INGO_SECRET), with fresh
 * Idempotency-Keys per run. Undefined when the case perturbs headers or the signature, which
 * `sign` cannot reproduce (use the rerun command).
 */
export function curlCommand(example: GeneratedExample, baseUrl: string): string | undefined {
  if (!example.curlable) return undefined;
  const keys = [...new Set(example.bodies.flatMap((b) => (b.idempotencyKey === undefined ? [] : [b.idempotencyKey])))];
  const keyVariable = (key: string) => `K${keys.indexOf(key)}`;
  const lines = keys.map((key) => `${keyVariable(key)}="rerun-$(date +%s)-$$-${keys.indexOf(key)}"`);
  example.bodies.forEach(({ body, idempotencyKey }, step) => {
    const file = `ingo-case-${step}.json`;
    // Single quotes inside eval's double quotes: the key variable expands before eval reads the line.
    const header = idempotencyKey === undefined ? '' : ` -H 'Idempotency-Key: $${keyVariable(idempotencyKey)}'`;
    // Base64 keeps the exact bytes (newlines, any Unicode) on one line.
    lines.push(
      `printf %s ${Buffer.from(body).toString('base64')} | base64 -d > ${file} && eval "$(ingo-session sign --body ${file} --base-url ${quote(baseUrl)} --curl)${header}"; echo`,
    );
  });
  return lines.join('\n');
}

/** Quotes one argument for a POSIX shell (single quotes, as `ingo-session sign --curl` does). */
function quote(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
