import { diagnosisFixes } from './diagnosis-fixes.js';
import type { DiagnosisCode } from './explanation.js';
import { DATE_SHIFT_SECONDS, rareMistakes } from './rare-mistakes.js';
import { MAX_CANDIDATES, MAX_HASHED_BYTES } from './reconstruct-signature.js';

/** One way an input of the signature goes wrong in a sender's stack, and what explain names it. */
export interface MistakeRow {
  /** The input of the signing computation (one of signingInputs). */
  input: SigningInput;
  /** How the value the sender used differs. */
  way: string;
  /** Where a sender's stack does that. */
  stack: string;
  code: DiagnosisCode;
  /** How explain finds it: which search or check reproduces it. */
  found: string;
}

/** The inputs of the signature, in the order of the signing computation. */
export const signingInputs = [
  'method',
  'path and base-URL prefix',
  'query',
  'HTTP version',
  'request-line form',
  'each signed header name',
  'each signed header value',
  'each signed header presence',
  'the names in headers= and their separators',
  'line joins',
  'declared vs computed algorithm',
  'key material',
  'encoding of the result',
  'body and when its digest was taken',
  'X-Date signed vs sent',
  'X-Date sent',
  'username',
] as const;

/** An input of the signature. */
export type SigningInput = (typeof signingInputs)[number];

const COMMON = 'signing-string search: any combination of the common mistakes (within the bound)';
const COMMON_ORDER =
  'signing-string search: likely orders with any other mistakes; every permutation (≤ 6 names) with ≤ 1 more';
const rare = (maxCommon: number) =>
  `rare-mistake search: each variant with ≤ ${maxCommon} common mistake${maxCommon === 1 ? '' : 's'}`;

// The common mistakes (one dimension each of signingStringVariants) and the checks that need no
// search. The rare mistakes come from rareMistakes, which drives their search.
const FIXED_ROWS: readonly MistakeRow[] = [
  {
    input: 'path and base-URL prefix',
    way: 'the full URL (scheme and host) signed instead of the path',
    stack: 'a signer handed `request.url` instead of its path',
    code: 'request_line_url',
    found: COMMON,
  },
  {
    input: 'query',
    way: 'the query left out, an empty `?` added, or the query percent-decoded',
    stack: 'a signer given the route rather than the URL; URL objects that decode `searchParams`',
    code: 'request_line_query',
    found: COMMON,
  },
  {
    input: 'HTTP version',
    way: '`HTTP/2`, `HTTP/2.0`, `HTTP/1.0`, the capture’s own version or none on the signed line',
    stack: 'a signer that writes the protocol it speaks (HTTP/2 clients) instead of the fixed `HTTP/1.1`',
    code: 'request_line_version',
    found: COMMON,
  },
  {
    input: 'each signed header name',
    way: 'names signed as spelt on the wire, as the spec spells them, Title-Case or upper case',
    stack: 'a signer that iterates the header map it sends instead of the lower-case list',
    code: 'header_name_case',
    found: COMMON,
  },
  {
    input: 'each signed header value',
    way: 'no space or two spaces after the colon, a space before it, a trailing space, the untrimmed wire value',
    stack: 'hand-written `name + ":" + value`; values copied with their surrounding whitespace',
    code: 'header_value_whitespace',
    found: COMMON,
  },
  {
    input: 'the names in headers= and their separators',
    way: 'lines signed in another order than headers= declares (the other documented order, wire order, sorted…)',
    stack: 'a header list written by hand beside a signer that iterates a map; the two orders of Ingo’s pages',
    code: 'header_order',
    found: COMMON_ORDER,
  },
  {
    input: 'the names in headers= and their separators',
    way: 'names separated by commas instead of spaces',
    stack: 'HTTP Signatures habits; `",".join(names)`',
    code: 'header_list_separator',
    found: 'Authorization check: the list re-read with commas, then the signature search as usual',
  },
  {
    input: 'the names in headers= and their separators',
    way: 'a name every verifier requires is not listed',
    stack: 'a signer configured with a short list',
    code: 'header_not_signed',
    found: 'signed-headers check',
  },
  {
    input: 'each signed header presence',
    way: 'a listed header is not sent',
    stack: 'a client or proxy that drops it; a list that names a header the sender never sets',
    code: 'missing_signed_header',
    found: 'signed-headers check',
  },
  {
    input: 'line joins',
    way: 'lines joined with CRLF',
    stack: 'a signer that reuses the HTTP line ending; Windows text APIs',
    code: 'signing_string_crlf',
    found: COMMON,
  },
  {
    input: 'line joins',
    way: 'a newline after the last line',
    stack: '`"\\n".join(lines) + "\\n"`, a `for` loop appending a newline per line, a heredoc',
    code: 'signing_string_trailing_newline',
    found: COMMON,
  },
  {
    input: 'declared vs computed algorithm',
    way: 'HMAC-SHA384, -SHA256, -SHA1 or MD5 computed while `hmac-sha512` (or the legacy one) is declared',
    stack: 'a helper defaulting to SHA-256 (`hmac.new(key, msg, hashlib.sha256)`), a copied legacy snippet',
    code: 'signature_algorithm_mismatch',
    found: 'the signature’s size names the hash; searched with every common mistake at no extra cost',
  },
  {
    input: 'declared vs computed algorithm',
    way: 'an algorithm the spec does not know is declared',
    stack: 'a generic HMAC library’s default name',
    code: 'unsupported_algorithm',
    found: 'Authorization check',
  },
  {
    input: 'encoding of the result',
    way: 'the MAC written as Base64url, Base64 without padding, hex, or Base64 of its hex text',
    stack: '`hexdigest()`, `urlsafe_b64encode`, JWT helpers, PHP `base64_encode(hash_hmac(…))` without raw output',
    code: 'signature_encoding',
    found: 'every reading of the signature is compared; free',
  },
  {
    input: 'body and when its digest was taken',
    way: 'the digest written in hex',
    stack: '`hashlib.sha512(body).hexdigest()`',
    code: 'digest_hex',
    found: 'body check',
  },
  {
    input: 'body and when its digest was taken',
    way: 'the digest of the other algorithm, or the other algorithm’s digest header sent',
    stack: 'a legacy SHA-256 snippet beside an `hmac-sha512` declaration',
    code: 'digest_algorithm_mismatch',
    found: 'body check',
  },
  {
    input: 'body and when its digest was taken',
    way: 'the digest of other bytes: pretty-printed, Python separators, keys sorted, non-ASCII escaped, a trailing newline, a BOM, CRLF, no body yet',
    stack:
      'the body serialised again after the digest (json= in requests, a framework’s serializer); middleware that digests before the body is set',
    code: 'digest_other_bytes',
    found: 'body check: each serialisation × hash × encoding',
  },
  {
    input: 'body and when its digest was taken',
    way: 'Content-Length counting characters (UTF-16 units or code points), not bytes',
    stack: '`len(str)`, `String.length`',
    code: 'content_length_not_bytes',
    found: 'Content-Length check',
  },
  {
    input: 'each signed header value',
    way: 'a Content-Type that is not application/json',
    stack: 'a form-encoding default',
    code: 'content_type_not_json',
    found: 'Content-Type check',
  },
  {
    input: 'X-Date sent',
    way: 'not an IMF-fixdate: ISO 8601, RFC 850, asctime, no `GMT`, a zone, epoch time',
    stack: '`toISOString()`, `strftime` without `%a`/`GMT`, `formatdate()` without `usegmt=True`',
    code: 'date_format',
    found: 'X-Date check (re-read under each format)',
  },
  {
    input: 'X-Date sent',
    way: 'a weekday that does not match the date',
    stack: 'a date string assembled by hand',
    code: 'date_weekday',
    found: 'X-Date check',
  },
  {
    input: 'X-Date sent',
    way: 'more than the skew window away (a slow/fast clock, a whole zone off, an old signature reused)',
    stack: 'no NTP; local time written as GMT; a retry that resends the first attempt unchanged',
    code: 'clock_skew',
    found: 'X-Date check',
  },
  {
    input: 'username',
    way: 'another username than the secret’s',
    stack: 'credentials of two environments mixed',
    code: 'username_mismatch',
    found: 'username check (when the expected username is given)',
  },
];

/** Every row: the fixed ones and the rare mistakes' own, in the order of the signing computation. */
export const mistakeTable: readonly MistakeRow[] = [
  ...FIXED_ROWS,
  ...rareMistakes.map(({ input, way, stack, code, maxCommon }): MistakeRow => ({
    input,
    way,
    stack,
    code,
    found:
      code === 'date_signed_differs'
        ? `rare-mistake search: ±${DATE_SHIFT_SECONDS} s second by second (≤ 1 common mistake within 10 s, none beyond), zone offsets, the Date header`
        : rare(maxCommon),
  })),
].sort((a, b) => signingInputs.indexOf(a.input) - signingInputs.indexOf(b.input));

/** What a search that finds nothing has ruled out: the common mistakes (alone and combined), then the rare ones. */
export function searchedWays(): { common: string[]; rare: string[] } {
  return {
    common: FIXED_ROWS.filter(
      ({ found }) =>
        found.startsWith('signing-string search') || found.includes('free') || found.includes('no extra cost'),
    ).map(({ way }) => way),
    rare: rareMistakes.map(({ way }) => way),
  };
}

/** MISTAKES.md: the table (input → ways it goes wrong → code), then every code's fix. */
export function renderMistakeTable(): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const lines = [
    '<!-- Generated from src/explain/mistake-table.ts and rare-mistakes.ts: npx tsx scripts/render-explain-mistakes.ts -->',
    '',
    '# How a sender’s stack can produce a different signature',
    '',
    'Every input of the signature, each way a sender’s stack can give it another value, and the',
    'diagnosis `explain` names for it. A diagnosis is named only when recomputing under the mistaken',
    'rule reproduces what was received exactly; when nothing does, `wrong_secret_or_unknown` says',
    'what was ruled out and what was not (the secret is one suspect among several, never singled out).',
    '',
    '## The search',
    '',
    'The signature’s own form is read first: every decoding of it (standard Base64, Base64url, no',
    'padding, hex, Base64 of hex) to a MAC whose size names the hash (SHA-512, -384, -256, SHA-1, MD5).',
    'Then signing strings are HMACed and compared, fewest mistakes first, in phases:',
    '',
    `1. the common mistakes (one dimension each: header order, request-line version and target, name case, whitespace, CRLF joins, trailing newline), up to two at once;`,
    '2. each rare mistake alone (a key made another way, a value changed between signing and sending, another request-line form, other names signed);',
    '3. each rare mistake with its common ones (the last column says how many);',
    '4. every other header order (up to six names) with one more mistake;',
    '5. the common mistakes three or more at once.',
    '',
    `The search stops at ${String(MAX_CANDIDATES).replace(/\B(?=(\d{3})+$)/g, ',')} HMACs or ${MAX_HASHED_BYTES / 1e6} MB of signing strings, well under a second (\`npm run bench -- explain\` prints the worst`,
    'case); the explanation gives the count and the time, and when the bound cuts a phase short it names',
    'that phase as not ruled out. The quick-start request’s whole search fits.',
    '',
    '## The table',
    '',
    '| input | how it goes wrong | where a sender’s stack does it | diagnosis | how explain finds it |',
    '| --- | --- | --- | --- | --- |',
    ...mistakeTable.map(
      ({ input, way, stack, code, found }) =>
        `| ${cell(input)} | ${cell(way)} | ${cell(stack)} | \`${code}\` | ${cell(found)} |`,
    ),
    '',
    '## Fixes',
    '',
    '| diagnosis | fix |',
    '| --- | --- |',
    ...Object.entries(diagnosisFixes).map(([code, fix]) => `| \`${code}\` | ${cell(fix)} |`),
    '',
  ];
  return lines.join('\n');
}
