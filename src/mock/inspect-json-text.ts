/** Mock-only limits on the open parts of a body (the spec's `x-ingo-limits`). */
export interface JsonShapeLimits {
  /** Deepest nesting of arrays and objects; the root object is depth 1. */
  maxDepth: number;
  /** Most object members in the whole body. */
  maxMembers: number;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Scans JSON text, without building it, for what the mock refuses beyond syntax: nesting deeper
 * than `maxDepth`, more than `maxMembers` object members, a member name repeated in one object
 * (JSON.parse would keep the last and two different texts would compare equal), and a number
 * literal outside the double range (`1e400` parses to Infinity, which has no canonical form).
 * Returns what is wrong, or undefined. One pass and no recursion, so a hostile body costs time
 * linear in its size and no stack; text that is not JSON at all is left for JSON.parse to name.
 */
export function inspectJsonText(text: string, { maxDepth, maxMembers }: JsonShapeLimits): string | undefined {
  // One entry per open container: the member names seen so far for an object, null for an array.
  const open: (Set<string> | null)[] = [];
  let members = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      if (open.length >= maxDepth) return `the body nests deeper than ${maxDepth} levels`;
      open.push(code === 0x7b ? new Set() : null);
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      open.pop();
    } else if (code === 0x22 /* " */) {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c /* \ */ ? 2 : 1;
      const names = open.at(-1);
      if (names != null && nextSignificant(text, end + 1) === 0x3a /* : */) {
        if (++members > maxMembers) return `the body has more than ${maxMembers} object members`;
        const raw = text.slice(i, end + 1);
        const name = raw.includes('\\') ? decodeName(raw) : raw.slice(1, -1);
        if (name !== undefined) {
          if (names.has(name)) return `the member name ${JSON.stringify(name).slice(0, 60)} appears twice in one object`;
          names.add(name);
        }
      }
      i = end;
    } else if (code === 0x2d /* - */ || (code >= 0x30 && code <= 0x39)) {
      let end = i + 1;
      while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
      const literal = text.slice(i, end);
      if (Math.abs(Number(literal)) === Infinity) return `the number ${literal.slice(0, 40)} is outside the range of a double`;
      i = end - 1;
    }
  }
  return undefined;
}

function nextSignificant(text: string, from: number): number | undefined {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!WHITESPACE.has(code)) return code;
  }
  return undefined;
}

function isNumberChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x65 || code === 0x45 || code === 0x2b || code === 0x2d;
}

function decodeName(raw: string): string | undefined {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return undefined; // not JSON: JSON.parse of the whole body will say so.
  }
}
