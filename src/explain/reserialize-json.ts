/** Another serialisation of a body: its bytes and how it differs from what was sent. */
export interface Reserialization {
  text: string;
  /** Such as `pretty-printed with 2 spaces, keys sorted`. */
  label: string;
}

const INDENTS: readonly (readonly [string | number | undefined, string])[] = [
  [undefined, 'compact'],
  [2, 'pretty-printed with 2 spaces'],
  [4, 'pretty-printed with 4 spaces'],
  ['\t', 'pretty-printed with tabs'],
];

/**
 * The serialisations a sender may have digested instead of the bytes it sent: the same bytes with
 * or without a trailing newline, and, when the body is JSON, the same value compact or
 * pretty-printed (2, 4 spaces, tabs), with non-ASCII raw or `\uXXXX`-escaped, keys in the order
 * sent or sorted, with or without a trailing newline. Distinct from the body and from each other.
 */
export function reserializeBody(sent: string): Reserialization[] {
  const found = new Map<string, string>();
  const add = (text: string, label: string) => {
    if (text !== sent && !found.has(text)) found.set(text, label);
  };
  add(`${sent}\n`, 'the bytes sent plus a trailing newline');
  if (sent.endsWith('\n')) add(sent.replace(/\r?\n$/, ''), 'the bytes sent without their trailing newline');
  let value: unknown;
  try {
    value = JSON.parse(sent);
  } catch {
    return [...found].map(([text, label]) => ({ text, label }));
  }
  for (const sorted of [false, true]) {
    const ordered = sorted ? sortKeys(value) : value;
    for (const [indent, indentLabel] of INDENTS) {
      const raw = JSON.stringify(ordered, null, indent);
      // The escaping choice only exists for a body with non-ASCII text.
      const hasNonAscii = escapeNonAscii(raw) !== raw;
      for (const escaped of hasNonAscii ? [false, true] : [false]) {
        const text = escaped ? escapeNonAscii(raw) : raw;
        const escaping = hasNonAscii
          ? escaped
            ? 'non-ASCII written as \\uXXXX escapes'
            : 'non-ASCII as raw UTF-8'
          : '';
        const label = [indentLabel, sorted ? 'keys sorted' : '', escaping].filter(Boolean).join(', ');
        add(text, label);
        add(`${text}\n`, `${label}, with a trailing newline`);
      }
    }
  }
  return [...found].map(([text, label]) => ({ text, label }));
}

/** JSON text with every non-ASCII UTF-16 unit as a `\uXXXX` escape, as Python's json.dumps and Jackson's ESCAPE_NON_ASCII write it. */
export function escapeNonAscii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
