import { createHash } from 'node:crypto';
import { signingAlgorithms, signingConfig } from '../spec/signing-config.js';
import { formatHttpDate } from '../signing/http-date.js';
import type { CapturedHeader } from './captured-request.js';
import type { DiagnosisCode } from './explanation.js';
import type { SigningInput } from './mistake-table.js';
import { reserializeBody } from './reserialize-json.js';
import type { VariantSource } from './signing-mistakes.js';

const { pseudoHeader } = signingConfig.requestLine;
const { dateHeader, contentTypeHeader, contentLengthHeader } = signingConfig;
// How far a re-stamped X-Date is searched, each way, second by second: a retry's back-off or a
// slow middleware fits in five minutes, and so does the server's skew window.
export const DATE_SHIFT_SECONDS = 300;
const NEAR_SHIFT_SECONDS = 10;
// Zones run from UTC-12 to UTC+14, some on the half or quarter hour.
const ZONE_MINUTES = [
  ...Array.from({ length: 26 }, (_, at) => (at < 12 ? at - 12 : at - 11) * 60),
  -570,
  -210,
  210,
  270,
  330,
  345,
  390,
  570,
  630,
];

/** What the rare mistakes are built from: the request as captured and the secret given. */
export interface RareContext {
  source: VariantSource;
  secret: string;
  /** The body as text (UTF-8). */
  body: string;
  /** Every captured header, in order, names as spelt. */
  headers: readonly CapturedHeader[];
  /** The instant X-Date names, when it can be read (even under a mistaken format). */
  dateMs: number | undefined;
}

/** One rare mistake committed on the request: what changes (the signed parts, the key) and what it says. */
export interface RareVariant {
  /** The signed parts under the mistake; the captured ones when absent. */
  source?: VariantSource;
  /** The HMAC key bytes under the mistake; the secret's UTF-8 bytes when absent. */
  key?: Buffer;
  /** The diagnosis message when this variant reproduces the signature. */
  message: string;
  /** How many common mistakes this variant is combined with, when not its row's `maxCommon`. */
  maxCommon?: number;
}

/**
 * A mistake outside the signing string's rule (a key made another way, a value changed between
 * signing and sending, another request line): searched after the common ones, each variant
 * combined with at most `maxCommon` common mistakes, since each multiplies the search.
 */
export interface RareMistake {
  code: DiagnosisCode;
  /** The input of the signature it changes, as MISTAKES.md names it. */
  input: SigningInput;
  /** How the value goes wrong. */
  way: string;
  /** Where a sender's stack does that. */
  stack: string;
  maxCommon: number;
  variants(context: RareContext): Iterable<RareVariant>;
}

const withValues = (source: VariantSource, values: Record<string, string>): VariantSource => ({
  ...source,
  values: { ...source.values, ...values },
});
const withTarget = (source: VariantSource, target: string): VariantSource => ({ ...source, target });

/**
 * The rare mistakes, in the order searched. Each row is also a row of MISTAKES.md (rendered from
 * this table by scripts/render-explain-mistakes.ts), so the documentation is what the search does.
 */
export const rareMistakes: readonly RareMistake[] = [
  {
    code: 'secret_whitespace',
    input: 'key material',
    way: 'the secret with a trailing newline or CRLF, or trimmed of whitespace the real one has',
    stack: 'a secret read from a file or `echo`ed into a variable; a config helper that trims',
    maxCommon: 2,
    *variants({ secret }) {
      yield {
        key: Buffer.from(`${secret}\n`),
        message: 'the signature was made with the secret with a trailing newline',
      };
      yield {
        key: Buffer.from(`${secret}\r\n`),
        message: 'the signature was made with the secret with a trailing CRLF',
      };
      if (secret.trim() !== secret)
        yield {
          key: Buffer.from(secret.trim()),
          message: 'the signature was made with the secret without the whitespace around the one given here',
        };
    },
  },
  {
    code: 'secret_quoted',
    input: 'key material',
    way: 'the secret with the quotes around it',
    stack: 'a `.env` line `SECRET="…"` read by a parser that keeps quotes',
    maxCommon: 2,
    *variants({ secret }) {
      for (const quote of ['"', "'"])
        yield {
          key: Buffer.from(`${quote}${secret}${quote}`),
          message: `the signature was made with the secret wrapped in ${quote === '"' ? 'double' : 'single'} quotes`,
        };
    },
  },
  {
    code: 'secret_decoded',
    input: 'key material',
    way: 'the secret Base64-, Base64url- or hex-decoded into key bytes instead of taken as UTF-8 text',
    stack: "an HMAC helper built for AWS/Azure-style Base64 keys; `bytes.fromhex`, `Buffer.from(secret, 'base64')`",
    maxCommon: 2,
    *variants({ secret }) {
      const seen = new Set<string>([Buffer.from(secret).toString('hex')]);
      const decodings: [Buffer | undefined, string][] = [
        [decodeLoose(secret, /[^A-Za-z0-9+/]/g, 'base64'), 'Base64-decoded'],
        [decodeLoose(secret, /[^A-Za-z0-9_-]/g, 'base64url'), 'Base64url-decoded'],
        [/^(?:[0-9a-fA-F]{2})+$/.test(secret) ? Buffer.from(secret, 'hex') : undefined, 'hex-decoded'],
      ];
      for (const [key, how] of decodings) {
        if (key === undefined || key.length === 0 || seen.has(key.toString('hex'))) continue;
        seen.add(key.toString('hex'));
        yield { key, message: `the HMAC key was the secret ${how} (${key.length} bytes), not its UTF-8 text` };
      }
    },
  },
  {
    code: 'content_type_changed',
    input: 'each signed header value',
    way: 'Content-Type signed before the HTTP client appended or dropped a charset',
    stack: 'requests/axios/HttpClient adding `; charset=utf-8` after the signer ran; a proxy normalising it',
    maxCommon: 1,
    *variants({ source }) {
      const sent = source.values[contentTypeHeader];
      if (sent === undefined || !source.names.includes(contentTypeHeader)) return;
      const bare = sent.split(';')[0]!.trim();
      const signed = new Set([bare, `${bare}; charset=utf-8`, `${bare}; charset=UTF-8`, `${bare};charset=UTF-8`]);
      signed.delete(sent);
      for (const value of signed)
        yield {
          source: withValues(source, { [contentTypeHeader]: value }),
          message: `the signature covers Content-Type "${value}", but "${sent}" was sent: it was changed after signing`,
        };
    },
  },
  {
    code: 'content_length_changed',
    input: 'each signed header value',
    way: 'Content-Length signed as a character count, or for another serialisation, and set again by the HTTP client',
    stack:
      'a signer using `len(str)`/`String.length`; fetch/undici and http.client computing Content-Length themselves',
    maxCommon: 1,
    *variants({ source, body }) {
      const sent = source.values[contentLengthHeader];
      // A Content-Length not sent at all is signed_header_dropped's.
      if (sent === undefined || !source.names.includes(contentLengthHeader)) return;
      const seen = new Set([sent]);
      const counts: [number, string][] = [
        [body.length, "the body's UTF-16 code units"],
        [[...body].length, "the body's characters"],
        ...reserializeBody(body).map(({ text, label }): [number, string] => [
          Buffer.byteLength(text),
          `the byte length of another serialisation of the body: ${label}`,
        ]),
      ];
      for (const [count, what] of counts) {
        if (seen.has(String(count))) continue;
        seen.add(String(count));
        yield {
          source: withValues(source, { [contentLengthHeader]: String(count) }),
          message: `the signature covers content-length: ${count} (${what}), but ${sent} was sent: the length was set again after signing`,
        };
      }
    },
  },
  {
    code: 'date_header_instead',
    input: 'X-Date signed vs sent',
    way: 'X-Date signed, but the value sent in Date (no X-Date on the wire)',
    stack: 'a client that writes the standard Date header; a proxy that drops unknown X- headers',
    maxCommon: 1,
    *variants({ source, headers }) {
      if (source.values[dateHeader] !== undefined || !source.names.includes(dateHeader)) return;
      const date = headers.find(({ name }) => name.toLowerCase() === 'date')?.value.trim();
      if (date !== undefined)
        yield {
          source: withValues(source, { [dateHeader]: date }),
          message: `the signature covers x-date: "${date}", the value of the Date header sent; X-Date itself is not sent`,
        };
    },
  },
  {
    code: 'signed_header_dropped',
    input: 'each signed header presence',
    way: 'a header signed with its right value, then dropped before the wire',
    stack: 'chunked transfer encoding dropping Content-Length; a proxy or client stripping unknown headers',
    maxCommon: 1,
    *variants({ source, body }) {
      const missing = source.names.filter((name) => name !== pseudoHeader && source.values[name] === undefined);
      const computed: Record<string, string> = {
        [contentLengthHeader]: String(Buffer.byteLength(body)),
        [contentTypeHeader]: 'application/json',
      };
      for (const algorithm of signingAlgorithms)
        computed[signingConfig.algorithms[algorithm].digestHeader] = createHash(
          signingConfig.algorithms[algorithm].hash,
        )
          .update(body)
          .digest('base64');
      const values: Record<string, string> = {};
      for (const name of missing) if (computed[name] !== undefined) values[name] = computed[name];
      if (missing.length === 0 || Object.keys(values).length !== missing.length) return;
      yield {
        source: withValues(source, values),
        message: `the signature covers ${Object.entries(values)
          .map(([name, value]) => `${name}: ${value}`)
          .join(', ')}, which the request does not send: the header was dropped after signing`,
      };
    },
  },
  {
    code: 'date_signed_other_format',
    input: 'X-Date signed vs sent',
    way: 'the same instant signed in another text form than the one sent (ISO 8601, `-0000`, `UTC`, epoch seconds)',
    stack: 'two date formatters: one for the header, another inside the signing helper',
    maxCommon: 1,
    *variants({ source, dateMs }) {
      const sent = source.values[dateHeader];
      if (dateMs === undefined || sent === undefined) return;
      const imf = formatHttpDate(new Date(dateMs));
      const iso = new Date(dateMs).toISOString();
      const forms = new Set([
        imf,
        iso,
        iso.replace('.000Z', 'Z'),
        iso.replace('.000Z', '+00:00'),
        imf.replace('GMT', '-0000'),
        imf.replace('GMT', '+0000'),
        imf.replace('GMT', 'UTC'),
        imf.slice(5),
        String(Math.floor(dateMs / 1000)),
        String(dateMs),
      ]);
      forms.delete(sent);
      for (const form of forms)
        yield {
          source: withValues(source, { [dateHeader]: form }),
          message: `the signature covers x-date: "${form}", the same instant as the X-Date sent ("${sent}") written another way`,
        };
    },
  },
  {
    code: 'signed_names_differ',
    input: 'the names in headers= and their separators',
    way: 'one declared name left out of the signing string, or one more header signed than declared',
    stack: 'a headers= list written by hand beside a signer that builds its own; a signer that skips absent headers',
    maxCommon: 1,
    *variants({ source }) {
      for (const name of source.names)
        yield {
          source: { ...source, names: source.names.filter((each) => each !== name) },
          message: `the signature covers every name headers="…" declares but ${name}`,
        };
      const extra = Object.keys(source.values).filter(
        (name) => name !== 'authorization' && !source.names.includes(name),
      );
      for (const name of extra)
        for (let at = 0; at <= source.names.length; at++)
          yield {
            source: { ...source, names: [...source.names.slice(0, at), name, ...source.names.slice(at)] },
            message: `the signature also covers ${name} (line ${at + 1}), which headers="…" does not declare`,
          };
    },
  },
  {
    code: 'request_line_method',
    input: 'method',
    way: 'the method signed in lower case',
    stack: "a signer that lower-cases the whole request line, or reads the method from a library that keeps `'post'`",
    maxCommon: 1,
    *variants({ source }) {
      const lower = source.method.toLowerCase();
      if (lower === source.method.toUpperCase()) return;
      yield {
        source: { ...source, requestLine: (target, version) => `${lower} ${target}${version ? ` ${version}` : ''}` },
        message: `the request line was signed with the method "${lower}", not "${source.method.toUpperCase()}"`,
      };
    },
  },
  {
    code: 'request_line_form',
    input: 'request-line form',
    way: 'the request line signed in the HTTP Signatures form `(request-target): post /path`',
    stack: 'a generic draft-cavage http-signatures library instead of the Kong rule',
    maxCommon: 1,
    *variants({ source }) {
      yield {
        source: { ...source, requestLine: (target) => `(request-target): ${source.method.toLowerCase()} ${target}` },
        message:
          'the request line was signed as "(request-target): <method> <path>" (HTTP Signatures), not "METHOD path HTTP/1.1"',
      };
    },
  },
  {
    code: 'request_line_path',
    input: 'path and base-URL prefix',
    way: "the path signed without the base URL's path prefix, with a trailing slash changed, or percent-decoded",
    stack: 'a base URL `https://host/api/v1` with the signer given only the relative path; a router adding `/`',
    maxCommon: 1,
    *variants({ source }) {
      const query = source.target.indexOf('?');
      const path = query === -1 ? source.target : source.target.slice(0, query);
      const rest = query === -1 ? '' : source.target.slice(query);
      const paths: [string, string][] = [];
      for (let at = path.indexOf('/', 1); at !== -1; at = path.indexOf('/', at + 1))
        paths.push([path.slice(at), `without the prefix "${path.slice(0, at)}" (relative to a base URL)`]);
      paths.push(
        path.endsWith('/') ? [path.slice(0, -1), 'without its trailing "/"'] : [`${path}/`, 'with a trailing "/"'],
      );
      const decoded = safeDecode(path);
      if (decoded !== undefined && decoded !== path) paths.push([decoded, 'percent-decoded']);
      for (const [other, how] of paths)
        yield {
          source: withTarget(source, other + rest),
          message: `the request line was signed with the path ${how}: "${other}${rest}" instead of "${source.target}"`,
        };
    },
  },
  {
    code: 'request_line_query',
    input: 'query',
    way: 'the query parameters signed in another order (sorted)',
    stack: 'a signer that rebuilds the query from a dict or URLSearchParams and sorts it',
    maxCommon: 1,
    *variants({ source }) {
      const query = source.target.indexOf('?');
      if (query === -1) return;
      const sorted = source.target
        .slice(query + 1)
        .split('&')
        .sort()
        .join('&');
      if (sorted !== source.target.slice(query + 1))
        yield {
          source: withTarget(source, `${source.target.slice(0, query + 1)}${sorted}`),
          message: `the request line was signed with the query parameters sorted: "${source.target.slice(0, query + 1)}${sorted}" instead of "${source.target}"`,
        };
    },
  },
  {
    code: 'date_signed_differs',
    input: 'X-Date signed vs sent',
    way: `another instant signed than sent: up to ${DATE_SHIFT_SECONDS} s either way, a whole zone offset, or the Date header's`,
    stack:
      'a retry that stamps a new X-Date but reuses the old signature; X-Date set by a middleware after the signer; local time',
    maxCommon: 1,
    *variants({ source, dateMs, headers }) {
      const sent = source.values[dateHeader];
      if (sent === undefined) return;
      const date = headers.find(({ name }) => name.toLowerCase() === 'date')?.value.trim();
      if (date !== undefined && date !== sent)
        yield {
          source: withValues(source, { [dateHeader]: date }),
          message: `the signature covers x-date: "${date}", the Date header's value, not the X-Date sent ("${sent}")`,
        };
      if (dateMs === undefined) return;
      // Each shift is combined with one common mistake only when it is near (or a whole zone): the
      // search stays a few thousand HMACs.
      const shifted = (seconds: number, why: string): RareVariant => {
        const value = formatHttpDate(new Date(dateMs + seconds * 1000));
        return {
          maxCommon: Math.abs(seconds) <= NEAR_SHIFT_SECONDS || seconds % 1800 === 0 ? 1 : 0,
          source: withValues(source, { [dateHeader]: value }),
          message: `the signature covers x-date: "${value}", ${Math.abs(seconds)} s ${seconds < 0 ? 'before' : 'after'} the X-Date sent ("${sent}"): ${why}`,
        };
      };
      for (let seconds = 1; seconds <= DATE_SHIFT_SECONDS; seconds++) {
        yield shifted(
          -seconds,
          'X-Date was stamped again after signing (a retry that reused its signature, or a middleware that sets X-Date after the signer)',
        );
        yield shifted(seconds, 'the signer formatted its own, later X-Date instead of signing the one sent');
      }
      for (const minutes of ZONE_MINUTES)
        if (minutes !== 0)
          yield shifted(
            minutes * 60,
            `the signer wrote local time (UTC${minutes > 0 ? '+' : '-'}${formatZone(Math.abs(minutes))}) as GMT`,
          );
    },
  },
];

/** Every code a rare mistake can name. */
export const rareMistakeCodes: readonly DiagnosisCode[] = [...new Set(rareMistakes.map(({ code }) => code))];

function decodeLoose(secret: string, notInAlphabet: RegExp, encoding: 'base64' | 'base64url'): Buffer | undefined {
  const text = secret.replace(/=+$/, '');
  // As Python's b64decode without validate: characters outside the alphabet are dropped; at most a few.
  const kept = text.replace(notInAlphabet, '');
  if (kept.length < text.length - 2 || kept.length % 4 === 1) return undefined;
  return Buffer.from(kept, encoding);
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function formatZone(minutes: number): string {
  return minutes % 60 === 0
    ? String(minutes / 60)
    : `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
