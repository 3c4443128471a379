import { isUtf8 } from 'node:buffer';
import { truncateText } from './mock-reply.js';

/** The body as a JSON value, or why it is not one. */
export type ParsedJsonBody = { ok: true; value: unknown } | { ok: false; message: string };

const MAX_MESSAGE = 160;

/**
 * Parses the exact body bytes as UTF-8 JSON. Invalid UTF-8 is refused rather than replaced with
 * U+FFFD, since the signed digest covers the bytes and a lossy decode would hide the mismatch.
 * V8's parser is iterative, so deeply nested input cannot overflow the stack here.
 */
export function parseJsonBody(bytes: Uint8Array): ParsedJsonBody {
  if (bytes.byteLength === 0) return { ok: false, message: 'Invalid JSON body: the body is empty' };
  if (!isUtf8(bytes)) return { ok: false, message: 'Invalid JSON body: the body is not valid UTF-8' };
  const text = (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).toString('utf8');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `Invalid JSON body: ${truncateText((error as Error).message, MAX_MESSAGE)}` };
  }
}
