/**
 * The 1-based number of the first line where two signing strings differ, splitting on LF only,
 * so that a CR left at a line's end (CRLF joins) counts as a difference on that line.
 */
export function firstDifferingLine(expected: string, received: string): number | undefined {
  const left = expected.split('\n');
  const right = received.split('\n');
  for (let line = 0; line < Math.max(left.length, right.length); line++)
    if (left[line] !== right[line]) return line + 1;
  return undefined;
}

/** A signing-string line made visible: CR as `\r`, tabs as `\t`, other control characters escaped. */
export function showLine(line: string): string {
  return line.replace(/[\x00-\x1f\x7f]/g, (char) =>
    char === '\r' ? '\\r' : char === '\t' ? '\\t' : `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/**
 * The two signing strings side by side, line by line: a line both have alike is shown once
 * (`same`), a differing line as the expected one directly above what the sender signed; the first
 * differing line is marked with `>`, a missing line shows as `(no line)`. For the text report.
 */
export function formatComparison(expected: string, received: string, indent = '    '): string {
  const left = expected.split('\n');
  const right = received.split('\n');
  const first = firstDifferingLine(expected, received);
  const out = [
    `${indent}signing string: expected (LF between lines, none after the last) vs what the sender most likely signed${first === undefined ? '' : `; first difference on line ${first}`}`,
  ];
  const show = (lines: string[], at: number) => (at < lines.length ? showLine(lines[at]!) : '(no line)');
  for (let at = 0; at < Math.max(left.length, right.length); at++) {
    const number = String(at + 1).padStart(2);
    const mark = at + 1 === first ? '>' : ' ';
    if (left[at] === right[at]) {
      out.push(`${indent}${mark} ${number} same     | ${show(left, at)}`);
      continue;
    }
    out.push(
      `${indent}${mark} ${number} expected | ${show(left, at)}`,
      `${indent}${mark}    signed   | ${show(right, at)}`,
    );
  }
  return out.join('\n');
}
