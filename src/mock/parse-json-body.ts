import { isUtf8 } from 'node:buffer';
import { digestCanonicalJson } from './digest-canonical-json.js';
import { findRepeatedMemberName, inspectJsonText, type JsonShapeLimits } from './inspect-json-text.js';
import { truncateText } from './mock-reply.js';

/** The body as a JSON value with the digest of its canonical form, or why it is not one. */
export type ParsedJsonBody = { ok: true; value: unknown; digest: string } | { ok: false; message: string };

const MAX_MESSAGE = 160;
const UNLIMITED: JsonShapeLimits = { maxDepth: Infinity, maxMembers: Infinity };

/**
 * Parses the exact body bytes as UTF-8 JSON and digests its RFC 8785 canonical form. Refused:
 * invalid UTF-8 (rather than replaced with U+FFFD: the signed digest covers the bytes, and a lossy
 * decode would hide the mismatch); nesting or member counts beyond the mock's limits, found by a
 * scan before V8 builds anything; and what has no canonical form, so that two different texts can
 * never compare equal: a member name repeated in one object (JSON.parse keeps the last) and a
 * number beyond a double (JSON.parse makes 1e400 Infinity). Unlimited when `limits` is not given.
 */
export function parseJsonBody(bytes: Uint8Array, limits: JsonShapeLimits = UNLIMITED): ParsedJsonBody {
  if (bytes.byteLength === 0) return { ok: false, message: 'Invalid JSON body: the body is empty' };
  if (!isUtf8(bytes)) return { ok: false, message: 'Invalid JSON body: the body is not valid UTF-8' };
  const text = (
    Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  ).toString('utf8');
  const shape = inspectJsonText(text, limits);
  if ('problem' in shape) return { ok: false, message: `Invalid JSON body: ${shape.problem}` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Invalid JSON body: ${truncateText((error as Error).message, MAX_MESSAGE)}` };
  }
  const counts = { members: 0 };
  let digest: string;
  try {
    digest = digestCanonicalJson(value, counts);
  } catch {
    return { ok: false, message: 'Invalid JSON body: a number is outside the range of a double (such as 1e400)' };
  }
  if (counts.members !== shape.members) {
    const name = findRepeatedMemberName(text);
    return {
      ok: false,
      message: `Invalid JSON body: ${name === undefined ? 'a member name' : `the member name ${truncateText(JSON.stringify(name), 60)}`} appears twice in one object`,
    };
  }
  return { ok: true, value, digest };
}
