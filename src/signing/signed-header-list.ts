import { SigningError } from './signing-error.js';

// An RFC 7230 token in lower case: what a signed header name may be.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;
// The usual list: such names separated by single spaces. One test checks them all at once.
const HEADER_LIST = /^[!#$%&'*+.^_`|~0-9a-z-]+(?: [!#$%&'*+.^_`|~0-9a-z-]+)*$/;

/**
 * The `headers="…"` value for a list of names: lower-cased, joined with spaces. Throws a
 * SigningError for no names, an invalid name or a repeated one.
 */
export function joinHeaderNames(headers: readonly string[]): string {
  if (headers.length === 0) throw new SigningError('Authorization must sign at least one header');
  const list = headers.join(' ').toLowerCase();
  // One regular expression checks every name at once; only a failure (or a name holding a space,
  // which would pass as two) looks at the names one by one.
  if (!HEADER_LIST.test(list) || headers.some((name) => name.includes(' '))) {
    for (const name of headers) checkHeaderName(name.toLowerCase());
  }
  // Lists are a handful of names: comparing pairs is cheaper than a Set.
  for (let i = 1; i < headers.length; i++) {
    for (let j = 0; j < i; j++) {
      if (headers[j]!.length === headers[i]!.length && headers[j]!.toLowerCase() === headers[i]!.toLowerCase()) {
        throw repeatedHeader(headers[i]!.toLowerCase());
      }
    }
  }
  return list;
}

/**
 * The names of a received `headers="…"` value: split on spaces or tabs, lower-cased. Throws a
 * SigningError for an invalid name or a repeated one.
 */
export function parseHeaderList(list: string): string[] {
  const lower = list.trim().toLowerCase();
  // One regular expression checks the usual single-spaced list; anything else is split and checked name by name.
  if (!HEADER_LIST.test(lower)) {
    const names = lower.split(/\s+/);
    for (const name of names) checkHeaderName(name);
    checkRepeats(names);
    return names;
  }
  // indexOf and slice are faster here than String#split.
  const names: string[] = [];
  let at = 0;
  for (let space = lower.indexOf(' '); space !== -1; space = lower.indexOf(' ', at)) {
    names.push(lower.slice(at, space));
    at = space + 1;
  }
  names.push(lower.slice(at));
  checkRepeats(names);
  return names;
}

function checkHeaderName(name: string): void {
  if (!HEADER_NAME.test(name))
    throw new SigningError('Authorization headers="…" contains a name that is not a valid header name');
}

// Lists are a handful of names: a scan is cheaper than a Set.
function checkRepeats(names: readonly string[]): void {
  for (let i = 1; i < names.length; i++)
    if (names.lastIndexOf(names[i]!, i - 1) !== -1) throw repeatedHeader(names[i]!);
}

function repeatedHeader(name: string): SigningError {
  return new SigningError(`Authorization headers="…" lists ${name.slice(0, 64)} twice`);
}
