/**
 * The RFC 8785 (JSON Canonicalization Scheme) form of a parsed JSON value: object members sorted
 * by the UTF-16 code units of their names, no whitespace, strings and numbers serialised as
 * ECMAScript's JSON.stringify does (which is what RFC 8785 prescribes). Two bodies are the same
 * request for idempotency exactly when their canonical forms are equal: key order and whitespace
 * do not matter, `1.0` equals `1`, array order matters.
 *
 * Non-finite numbers have no canonical form and throw a RangeError; the mock refuses them (and
 * duplicate member names, which JSON.parse would silently collapse) with a 400 before this runs.
 * Iterative, so that a body nested as deep as the mock's limits allow cannot overflow the stack.
 */
export function canonicalizeJson(value: unknown): string {
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
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) throw new RangeError(`${current} has no canonical JSON form`);
      out += JSON.stringify(current);
    } else if (current === null || typeof current === 'string' || typeof current === 'boolean') {
      out += JSON.stringify(current);
    } else if (Array.isArray(current)) {
      out += '[';
      pending.push({ text: ']' });
      for (let i = current.length - 1; i >= 0; i--) {
        pending.push({ value: current[i] });
        if (i > 0) pending.push({ text: ',' });
      }
    } else if (typeof current === 'object') {
      const record = current as Record<string, unknown>;
      const names = Object.keys(record).sort();
      out += '{';
      pending.push({ text: '}' });
      for (let i = names.length - 1; i >= 0; i--) {
        pending.push({ value: record[names[i]!] });
        pending.push({ text: `${i > 0 ? ',' : ''}${JSON.stringify(names[i])}:` });
      }
    } else {
      throw new TypeError(`a ${typeof current} is not a JSON value`);
    }
  }
  return out;
}
