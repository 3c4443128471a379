/** Filled in by canonicalizeJson: how many object members it serialised. */
export interface CanonicalCounts {
  members: number;
}

// Recursion is several times faster than the explicit stack; past this depth the stack takes over.
const RECURSION_LIMIT = 200;

/**
 * The RFC 8785 (JSON Canonicalization Scheme) form of a parsed JSON value: object members sorted
 * by the UTF-16 code units of their names, no whitespace, strings and numbers serialised as
 * ECMAScript's JSON.stringify does (which is what RFC 8785 prescribes). Two bodies are the same
 * request for idempotency exactly when their canonical forms are equal: key order and whitespace
 * do not matter, `1.0` equals `1`, array order matters.
 *
 * Non-finite numbers (what JSON.parse makes of `1e400`) have no canonical form and throw a
 * RangeError. `counts.members` counts the members serialised: fewer than the text had means a
 * member name was repeated, which JSON.parse silently collapses. Recursive up to 200 levels and
 * iterative below, so that no nesting can overflow the stack.
 */
export function canonicalizeJson(value: unknown, counts: CanonicalCounts = { members: 0 }): string {
  return write(value, 0, counts);
}

function write(value: unknown, depth: number, counts: CanonicalCounts): string {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${value} has no canonical JSON form`);
    return JSON.stringify(value);
  }
  if (typeof value !== 'object') throw new TypeError(`a ${typeof value} is not a JSON value`);
  if (depth >= RECURSION_LIMIT) return writeIteratively(value, counts);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + write(value[i], depth + 1, counts);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const names = Object.keys(record);
  counts.members += names.length;
  if (names.length > 1) names.sort();
  let out = '{';
  for (let i = 0; i < names.length; i++)
    out += `${i === 0 ? '' : ','}${JSON.stringify(names[i])}:${write(record[names[i]!], depth + 1, counts)}`;
  return `${out}}`;
}

function writeIteratively(value: unknown, counts: CanonicalCounts): string {
  let out = '';
  // Work items: a value to serialise, or literal text (brackets, commas, member names) to append.
  const pending: ({ text: string } | { value: unknown })[] = [{ value }];
  while (pending.length > 0) {
    const item = pending.pop()!;
    if ('text' in item) {
      out += item.text;
      continue;
    }
    const current = item.value;
    if (current === null || typeof current !== 'object') {
      out += write(current, 0, counts);
    } else if (Array.isArray(current)) {
      out += '[';
      pending.push({ text: ']' });
      for (let i = current.length - 1; i >= 0; i--) {
        pending.push({ value: current[i] });
        if (i > 0) pending.push({ text: ',' });
      }
    } else {
      const record = current as Record<string, unknown>;
      const names = Object.keys(record).sort();
      counts.members += names.length;
      out += '{';
      pending.push({ text: '}' });
      for (let i = names.length - 1; i >= 0; i--) {
        pending.push({ value: record[names[i]!] });
        pending.push({ text: `${i > 0 ? ',' : ''}${JSON.stringify(names[i])}:` });
      }
    }
  }
  return out;
}
