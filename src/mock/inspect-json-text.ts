/** Mock-only limits on the open parts of a body (the spec's `x-ingo-limits`). */
export interface JsonShapeLimits {
  /** Deepest nesting of arrays and objects; the root object is depth 1. */
  maxDepth: number;
  /** Most object members in the whole body. */
  maxMembers: number;
}

/** What a scan found: what is wrong, or how many object members the text holds. */
export type JsonTextShape = { problem: string } | { members: number };

/**
 * Scans JSON text, without building it, for nesting deeper than `maxDepth` and more than
 * `maxMembers` object members, and counts the members (a string followed by `:`). One tight pass,
 * no recursion, no allocation: a hostile body costs time linear in its size and is refused before
 * V8 builds it (a 64 KiB body of nested arrays costs about 1.8 MB of heap once parsed). Text that
 * is not JSON at all is left for JSON.parse to name.
 */
export function inspectJsonText(text: string, { maxDepth, maxMembers }: JsonShapeLimits): JsonTextShape {
  let depth = 0;
  let members = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) {
      const end = findStringEnd(text, i);
      let next = end + 1;
      while (next < length && isWhitespace(text.charCodeAt(next))) next++;
      if (text.charCodeAt(next) === 0x3a /* : */ && ++members > maxMembers)
        return { problem: `the body has more than ${maxMembers} object members` };
      i = end;
    } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      if (++depth > maxDepth) return { problem: `the body nests deeper than ${maxDepth} levels` };
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      depth--;
    }
  }
  return { members };
}

/**
 * The member name that appears twice in one object, if any: the slow scan, run only once
 * canonicalising found fewer members than the text holds, to say which.
 */
export function findRepeatedMemberName(text: string): string | undefined {
  const open: (Set<string> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7b || code === 0x5b) open.push(code === 0x7b ? new Set() : null);
    else if (code === 0x7d || code === 0x5d) open.pop();
    else if (code === 0x22) {
      const end = findStringEnd(text, i);
      let next = end + 1;
      while (next < text.length && isWhitespace(text.charCodeAt(next))) next++;
      const names = open.at(-1);
      if (names != null && text.charCodeAt(next) === 0x3a) {
        const name = decodeString(text.slice(i, end + 1));
        if (name !== undefined && names.has(name)) return name;
        if (name !== undefined) names.add(name);
      }
      i = end;
    }
  }
  return undefined;
}

/** The index of the quote that closes the string opening at `start` (or the text's end). */
function findStringEnd(text: string, start: number): number {
  let end = start;
  for (;;) {
    end = text.indexOf('"', end + 1);
    if (end === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function decodeString(raw: string): string | undefined {
  if (!raw.includes('\\')) return raw.slice(1, -1);
  try {
    return JSON.parse(raw) as string;
  } catch {
    return undefined;
  }
}
