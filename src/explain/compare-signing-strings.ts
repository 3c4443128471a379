/**
 * The 1-based number of the first line where two signing strings differ, splitting on LF only,
 * so that a CR left at a line's end (CRLF joins) counts as a difference on that line.
 */
export function firstDifferingLine(expected: string, received: string): number | undefined {
  const left = expected.split('\n');
  const right = received.split('\n');
  for (let line = 0; line < Math.max(left.length, right.length); line++) if (left[line] !== right[line]) return line + 1;
  return undefined;
}

/** A signing-string line made visible: CR as `\r`, tabs as `\t`, other control characters escaped. */
export function showLine(line: string): string {
  return line.replace(/[\x00-\x1f\x7f]/g, (char) => (char === '\r' ? '\\r' : char === '\t' ? '\\t' : `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/**
 * The two signing strings one above the other, line by line, numbered, the first differing line
 * marked with `>`; a line that is not there shows as `(no line)`. For the text report.
 */
export function formatComparison(expected: string, received: string, indent = '    '): string {
  const left = expected.split('\n');
  const right = received.split('\n');
  const first = firstDifferingLine(expected, received);
  const out: string[] = [];
  const block = (title: string, lines: string[], other: string[]) => {
    out.push(`${indent}${title}`);
    for (let at = 0; at < Math.max(lines.length, other.length); at++) {
      const mark = at + 1 === first ? '>' : ' ';
      out.push(`${indent}${mark} ${String(at + 1).padStart(2)} | ${at < lines.length ? showLine(lines[at]!) : '(no line)'}`);
    }
  };
  block('expected (lines joined by LF, no trailing newline):', left, right);
  block('what the sender most likely signed:', right, left);
  if (first !== undefined) out.push(`${indent}first difference: line ${first}`);
  return out.join('\n');
}
