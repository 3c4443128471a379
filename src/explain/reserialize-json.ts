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
 * or without a trailing newline, a byte-order mark or CRLF line ends, no bytes at all (a digest
 * taken before the body was attached), and, when the body is JSON, the same value compact,
 * pretty-printed (2, 4 spaces, tabs) or with Python's default separators (`", "`, `": "`), with
 * non-ASCII raw or `\uXXXX`-escaped, keys in the order sent or sorted, with or without a trailing
 * newline. Distinct from the body and from each other.
 */
export function reserializeBody(sent: string): Reserialization[] {
  const found = new Map<string, string>();
  const add = (text: string, label: string) => {
    if (text !== sent && !found.has(text)) found.set(text, label);
  };
  add(`${sent}\n`, 'the bytes sent plus a trailing newline');
  if (sent.endsWith('\n')) add(sent.replace(/\r?\n$/, ''), 'the bytes sent without their trailing newline');
  if (sent.startsWith('\ufeff')) add(sent.slice(1), 'the bytes sent without their byte-order mark');
  else add(`\ufeff${sent}`, 'the bytes sent with a byte-order mark');
  if (/(?<!\r)\n/.test(sent)) add(sent.replace(/\r?\n/g, '\r\n'), 'the bytes sent with CRLF line ends');
  if (sent !== '') add('', 'no bytes at all (the digest was taken before the body was attached)');
  let value: unknown;
  try {
    value = JSON.parse(sent.replace(/^\ufeff/, ''));
  } catch {
    return [...found].map(([text, label]) => ({ text, label }));
  }
  for (const sorted of [false, true]) {
    const ordered = sorted ? sortKeys(value) : value;
    const forms: [string, string][] = [
      ...INDENTS.map(([indent, label]): [string, string] => [JSON.stringify(ordered, null, indent), label]),
      [pythonDumps(ordered), 'Python\'s json.dumps default separators (", " and ": ")'],
    ];
    for (const [raw, indentLabel] of forms) {
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
        if (text.includes('\n')) add(text.replace(/\n/g, '\r\n'), `${label}, with CRLF line ends`);
      }
    }
  }
  return [...found].map(([text, label]) => ({ text, label }));
}

/** JSON text as Python's json.dumps writes it by default: `", "` between items, `": "` after keys. */
function pythonDumps(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonDumps).join(', ')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .map(([key, each]) => `${JSON.stringify(key)}: ${pythonDumps(each)}`)
      .join(', ')}}`;
  return JSON.stringify(value);
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
