import { isUtf8 } from 'node:buffer';
import { inspectJsonText, type JsonShapeLimits } from './inspect-json-text.js';
import { truncateText } from './mock-reply.js';

/** The body as a JSON value, or why it is not one. */
export type ParsedJsonBody = { ok: true; value: unknown } | { ok: false; message: string };

const MAX_MESSAGE = 160;

/**
 * Parses the exact body bytes as UTF-8 JSON. Invalid UTF-8 is refused rather than replaced with
 * U+FFFD, since the signed digest covers the bytes and a lossy decode would hide the mismatch.
 * Before parsing, the text is scanned against the mock's shape limits (nesting depth, member
 * count) and for what has no canonical form (duplicate member names, numbers beyond a double):
 * a hostile body is refused before V8 builds it (a 64 KiB body of nested arrays costs about
 * 1.8 MB of heap once parsed). Unlimited when `limits` is not given.
 */
export function parseJsonBody(bytes: Uint8Array, limits: JsonShapeLimits = { maxDepth: Infinity, maxMembers: Infinity }): ParsedJsonBody {
  if (bytes.byteLength === 0) return { ok: false, message: 'Invalid JSON body: the body is empty' };
  if (!isUtf8(bytes)) return { ok: false, message: 'Invalid JSON body: the body is not valid UTF-8' };
  const text = (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).toString('utf8');
  const problem = inspectJsonText(text, limits);
  if (problem !== undefined) return { ok: false, message: `Invalid JSON body: ${problem}` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `Invalid JSON body: ${truncateText((error as Error).message, MAX_MESSAGE)}` };
  }
}
