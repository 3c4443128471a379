import { createHash, createHmac } from 'node:crypto';
import { formatHttpDate } from '../src/signing/http-date.js';
import { digestHeaderFor, headerSpelling, signingConfig, type SigningAlgorithm } from '../src/spec/signing-config.js';
import type { CaseContext, CaseExpectation, CaseRequest, ConformanceCase } from './conformance-case.js';
import { expectCreated, expectRejected } from './expect-outcome.js';
import { createSessionMethod, createSessionPath, minimalRequestBody } from './spec-facts.js';
import { specRejections } from './spec-rejections.js';

/**
 * One documented fact, how a lenient implementation on a popular stack plausibly gets it wrong, and
 * the conformance case that catches the mistake. `defect` names the switch of the Python reference
 * server (test/reference-server/) that reproduces the mistake, so that the table is proved: with
 * the switch on, the suite fails the server on `caseId`.
 */
export interface LenientMistake {
  /** The documented fact, with where it is documented (reference section). */
  fact: string;
  /** Stacks where the mistake is plausible. */
  stacks: string;
  mistake: string;
  /** The reference server's defect switch. */
  defect: string;
  /** The case that catches it: defined in `lenientCases` below or elsewhere in the catalog. */
  caseId: string;
}

const sha512 = signingConfig.defaultAlgorithm;
const legacy = signingConfig.legacyAlgorithm as SigningAlgorithm;
const badSignature = expectRejected(specRejections.badSignature);
const invalidBody = expectRejected(specRejections.invalidBody);
/** Any rejection: the case rests on a documented fact, but which error the server reports is not documented. */
const anyRejection: CaseExpectation = { outcome: 'rejected' };

/** The table (fact → lenient mistake → case), in the order of the reference's sections. */
export const lenientMistakes: readonly LenientMistake[] = [
  {
    fact: 'Authorization uses the `hmac` scheme (§2)',
    stacks: 'Express, Flask (a regex that only looks for username="…" and signature="…")',
    mistake: 'the scheme is not checked',
    defect: 'any-scheme',
    caseId: 'authorization-other-scheme',
  },
  {
    fact: 'Authorization carries headers="…", the signed names in order (§2, §3.1)',
    stacks: 'Kong-style verifiers (a missing headers list defaults to the date header alone)',
    mistake: 'a missing headers= parameter is taken as "x-date" only, so nothing else is authenticated',
    defect: 'no-headers-param',
    caseId: 'authorization-without-headers',
  },
  {
    fact: 'algorithm is hmac-sha512 (or hmac-sha256 for legacy) (§2)',
    stacks: 'any (a verifier that always computes HMAC-SHA512)',
    mistake: 'the algorithm parameter is not checked',
    defect: 'any-algorithm',
    caseId: 'unsupported-algorithm',
  },
  {
    fact: 'username names the client whose secret signs (§2)',
    stacks: 'single-tenant Express/Flask services with one shared secret',
    mistake: 'the username is not checked',
    defect: 'any-username',
    caseId: 'unknown-username',
  },
  {
    fact: 'signature is Base64 of the HMAC (§3.5)',
    stacks: "Express/Node (Buffer.from(sig, 'base64') ignores missing padding), Python (padding added back)",
    mistake: 'the signature is compared after lenient Base64 decoding, so a truncated or unpadded one passes',
    defect: 'unpadded-signature',
    caseId: 'signature-without-padding',
  },
  {
    fact: 'a bad signature is answered HTTP 401 (§5)',
    stacks: 'Spring Security (AccessDeniedHandler answers 403), ASP.NET authorization policies (403 Forbid)',
    mistake: 'a bad signature is answered 403',
    defect: 'forbidden-403',
    caseId: 'wrong-secret',
  },
  {
    fact: 'X-Date is an RFC 7231 IMF-fixdate in GMT (§2)',
    stacks: '.NET DateTime.Parse, Python email.utils/dateutil, JavaScript Date.parse',
    mistake: 'X-Date is parsed by a general date parser, so ISO 8601 passes',
    defect: 'lenient-date',
    caseId: 'x-date-iso-8601',
  },
  {
    fact: 'X-Date is in GMT, written `GMT` (§2)',
    stacks: 'RFC 2822 parsers (numeric zones)',
    mistake: 'an X-Date with a numeric zone (+0000) passes',
    defect: 'lenient-date',
    caseId: 'x-date-numeric-zone',
  },
  {
    fact: 'requests more than 300 s from server time are rejected, in either direction (§2, §3)',
    stacks: 'hand-written checks (`now - date > 300`)',
    mistake: 'only X-Dates in the past are checked',
    defect: 'past-skew-only',
    caseId: 'future-x-date',
  },
  {
    fact: 'the skew window is 300 s (§2)',
    stacks: 'AWS SigV4-style gateways (15 minutes)',
    mistake: 'a wider skew window',
    defect: 'aws-skew',
    caseId: 'stale-x-date',
  },
  {
    fact: 'Content-sha512 is Base64 of the raw digest, never hex (§2)',
    stacks: "Node crypto digest('hex') in one place and 'base64' in another; Python hexdigest()",
    mistake: 'a hex digest is accepted too',
    defect: 'hex-digest',
    caseId: 'digest-in-hex',
  },
  {
    fact: 'the digest is computed over the exact body bytes (§2, §3.6)',
    stacks: 'Express with express.json() before the verifier, Flask request.get_json(), ASP.NET model binding',
    mistake: 'the digest is computed over the re-serialised JSON, so a body written differently is refused',
    defect: 'digest-of-reserialised',
    caseId: 'reformatted-json-accepted',
  },
  {
    fact: 'the digest header is recomputed and compared (§3)',
    stacks: 'verifiers that check the HMAC over the headers only',
    mistake: 'the body digest is never recomputed, so a tampered body passes',
    defect: 'no-digest-check',
    caseId: 'tampered-body',
  },
  {
    fact: 'Content-sha512 goes with hmac-sha512; Content-sha256 only with legacy hmac-sha256 (§2)',
    stacks: 'verifiers that check whichever digest header is present',
    mistake: 'an hmac-sha512 request authenticated by a SHA-256 digest passes',
    defect: 'any-digest-header',
    caseId: 'sha512-with-sha256-digest',
  },
  {
    fact: 'Content-Length is the byte length of the body: UTF-8 bytes, not characters (§2)',
    stacks: 'JavaScript (`body.length` of a string), .NET (`string.Length`)',
    mistake: 'Content-Length is compared with the character count, so a non-ASCII body is refused',
    defect: 'length-in-characters',
    caseId: 'utf8-body-accepted',
  },
  {
    fact: 'Content-Type is application/json (§2)',
    stacks: "Express express.json({ type: '*/*' }), Flask get_json(force=True)",
    mistake: 'the Content-Type is not checked',
    defect: 'any-content-type',
    caseId: 'wrong-content-type',
  },
  {
    fact: 'the body is JSON (RFC 8259) (§4)',
    stacks: 'Newtonsoft.Json (ASP.NET; single quotes, comments), JSON5 middleware',
    mistake: 'a lenient JSON parser accepts single-quoted strings',
    defect: 'lenient-json',
    caseId: 'json-single-quotes',
  },
  {
    fact: 'the body is JSON (RFC 8259) (§4)',
    stacks: 'Python json (NaN and Infinity by default), Jackson with ALLOW_NON_NUMERIC_NUMBERS',
    mistake: 'NaN is accepted as a number',
    defect: 'lenient-json',
    caseId: 'json-with-nan',
  },
  {
    fact: 'the body is JSON (RFC 8259) (§4)',
    stacks: 'System.Text.Json with AllowTrailingCommas (ASP.NET), Jackson ALLOW_TRAILING_COMMA',
    mistake: 'a trailing comma is accepted',
    defect: 'lenient-json',
    caseId: 'json-trailing-comma',
  },
  {
    fact: 'the body is UTF-8 (§2 Content-Length "UTF-8 bytes"; RFC 8259)',
    stacks: 'Node TextDecoder and .NET Encoding.UTF8 (invalid bytes become U+FFFD)',
    mistake: 'invalid UTF-8 is replaced instead of refused',
    defect: 'latin1-body',
    caseId: 'invalid-utf8-body',
  },
  {
    fact: 'the body is UTF-8 (§2; RFC 8259)',
    stacks: 'Python json.loads(bytes) (detects UTF-16 and UTF-32), .NET StreamReader (BOM sniffing)',
    mistake: 'a UTF-16 body is decoded and accepted',
    defect: 'latin1-body',
    caseId: 'utf16-body',
  },
  {
    fact: 'participant_unique_id1 has at most 100 characters (§4)',
    stacks: 'any (a length limit left to the database column)',
    mistake: 'lengths are not checked',
    defect: 'no-max-length',
    caseId: 'participant_unique_id1-over-max-length',
  },
  {
    fact: 'host_uri is a URI with a scheme and a host (§4)',
    stacks: 'allow-lists that compare host names only (Uri.Host, urlparse().hostname)',
    mistake: 'a bare host name without a scheme is accepted',
    defect: 'host-uri-no-scheme',
    caseId: 'host_uri-without-scheme',
  },
  {
    fact: 'language_locale_code is one of 28 codes, as written (§4)',
    stacks: 'ASP.NET (case-insensitive enum binding), CultureInfo lookups',
    mistake: 'the locale is compared case-insensitively',
    defect: 'locale-any-case',
    caseId: 'locale-wrong-case',
  },
  {
    fact: 'Idempotency-Key is optional (§2)',
    stacks: 'idempotency middleware that demands a key on every POST',
    mistake: 'a request without Idempotency-Key is refused',
    defect: 'key-required',
    caseId: 'no-idempotency-key',
  },
  {
    fact: 'Idempotency-Key has at most 250 characters (§2)',
    stacks: 'any (the key column is wide enough)',
    mistake: 'the key length is not checked',
    defect: 'no-key-limit',
    caseId: 'idempotency-key-too-long',
  },
  {
    fact: 'the same key again replays with status 101 and a fresh authorized_url (§6)',
    stacks: 'response-caching idempotency middleware (Stripe-style, ASP.NET output caching)',
    mistake: 'the stored answer is replayed as it was: status 100 and the expired URL',
    defect: 'cached-replay',
    caseId: 'idempotent-replay',
  },
  {
    fact: 'the same key with different parameters is error 13723 (§6)',
    stacks: 'key-only idempotency stores (Redis SETNX on the key, no body fingerprint)',
    mistake: 'the body is not compared: the first session is replayed',
    defect: 'mismatch-as-replay',
    caseId: 'key-reused-with-different-body',
  },
  {
    fact: 'the same key with different parameters is error 13723 (§6)',
    stacks: 'generic conflict handlers (HTTP 409 with a generic envelope status)',
    mistake: 'the mismatch is reported with a generic code instead of 13723',
    defect: 'mismatch-409-code',
    caseId: 'key-reused-with-different-body',
  },
];

/** The cases the table adds to the catalog, each signed correctly in every respect but the one it tests. */
export function lenientCases(): ConformanceCase[] {
  const minimal = () => JSON.stringify(minimalRequestBody());
  const withBody = (text: string) => (ctx: CaseContext) => handSigned(ctx, { bytes: Buffer.from(text, 'utf8') });
  return [
    {
      id: 'authorization-other-scheme',
      title: 'a correct signature under the scheme "Signature" instead of hmac is rejected',
      tags: ['auth', 'signature', 'lenient'],
      build: (ctx) => handSigned(ctx, { scheme: 'Signature' }),
      expect: badSignature,
    },
    {
      id: 'authorization-without-headers',
      title: 'an Authorization without headers="…" (signature over x-date alone) is rejected',
      tags: ['auth', 'signature', 'lenient'],
      build: (ctx) => handSigned(ctx, { names: [signingConfig.dateHeader], writeNames: false }),
      expect: badSignature,
    },
    {
      id: 'signature-without-padding',
      title: 'a correct signature with its Base64 padding removed is rejected',
      tags: ['auth', 'signature', 'lenient'],
      build: (ctx) => handSigned(ctx, { signature: (s) => s.replace(/=+$/, '') }),
      expect: badSignature,
    },
    {
      id: 'x-date-iso-8601',
      title: 'an X-Date written in ISO 8601 (signed as sent) is rejected',
      tags: ['auth', 'clock', 'lenient'],
      build: (ctx) =>
        handSigned(ctx, {
          xDate: ctx
            .now()
            .toISOString()
            .replace(/\.\d+Z$/, 'Z'),
        }),
      expect: anyRejection,
    },
    {
      id: 'x-date-numeric-zone',
      title: 'an X-Date with the zone +0000 instead of GMT (signed as sent) is rejected',
      tags: ['auth', 'clock', 'lenient'],
      build: (ctx) => handSigned(ctx, { xDate: formatHttpDate(ctx.now()).replace(/GMT$/, '+0000') }),
      expect: anyRejection,
    },
    {
      id: 'digest-in-hex',
      title: `a ${digestHeaderFor(sha512)} written in hex (signed as sent) is rejected`,
      tags: ['auth', 'digest', 'lenient'],
      build: (ctx) => handSigned(ctx, { digestEncoding: 'hex' }),
      expect: badSignature,
    },
    {
      id: 'sha512-with-sha256-digest',
      title: `an ${sha512} signature over ${digestHeaderFor(legacy)} (the legacy digest) instead of ${digestHeaderFor(sha512)} is rejected`,
      tags: ['auth', 'digest', 'lenient'],
      build: (ctx) => handSigned(ctx, { digestAlgorithm: legacy }),
      expect: badSignature,
    },
    {
      id: 'reformatted-json-accepted',
      title:
        'a body with whitespace, reordered members and "\\/" escapes creates a session (the digest is over the bytes)',
      tags: ['positive', 'digest', 'lenient'],
      build: (ctx) => {
        const body = minimalRequestBody();
        const reordered = Object.fromEntries(Object.entries(body).reverse());
        const text = JSON.stringify({ ...reordered, participant_unique_id2: 'a/b' }, null, 2).replace('a/b', 'a\\/b');
        return handSigned(ctx, { bytes: Buffer.from(`${text}\n`, 'utf8') });
      },
      expect: expectCreated,
    },
    {
      id: 'utf8-body-accepted',
      title: 'a body with multi-byte UTF-8 (Content-Length in bytes) creates a session',
      tags: ['positive', 'headers', 'lenient'],
      build: withBody(JSON.stringify({ ...minimalRequestBody(), participant_unique_id2: 'Zoë Ødegård 東京 😀' })),
      expect: expectCreated,
    },
    {
      id: 'json-single-quotes',
      title: 'a correctly signed body with single-quoted strings is rejected as not JSON',
      tags: ['validation', 'lenient'],
      build: withBody(minimal().replaceAll('"', "'")),
      expect: invalidBody,
    },
    {
      id: 'json-with-nan',
      title: 'a correctly signed body containing NaN is rejected as not JSON',
      tags: ['validation', 'lenient'],
      build: withBody(minimal().replace(/}}$/, ',"score":NaN}}')),
      expect: invalidBody,
    },
    {
      id: 'json-trailing-comma',
      title: 'a correctly signed body with a trailing comma is rejected as not JSON',
      tags: ['validation', 'lenient'],
      build: withBody(minimal().replace(/}$/, ',}')),
      expect: invalidBody,
    },
    {
      id: 'invalid-utf8-body',
      title: 'a correctly signed body with a byte that is not UTF-8 inside a string is rejected',
      tags: ['validation', 'lenient'],
      build: (ctx) => {
        const text = minimal();
        const at = text.indexOf('":"') + 3;
        const bytes = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xff]), Buffer.from(text.slice(at))]);
        return handSigned(ctx, { bytes });
      },
      expect: anyRejection,
    },
    {
      id: 'utf16-body',
      title: 'a correctly signed body encoded as UTF-16 (with a byte order mark) is rejected',
      tags: ['validation', 'lenient'],
      build: (ctx) =>
        handSigned(ctx, { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minimal(), 'utf16le')]) }),
      expect: anyRejection,
    },
    {
      id: 'host_uri-without-scheme',
      title: 'a host_uri without a scheme (a bare host name) is rejected',
      tags: ['validation', 'host-uri', 'lenient'],
      build: withBody(JSON.stringify({ ...minimalRequestBody(), host_uri: 'digitalpay.ingo.money' })),
      expect: invalidBody,
    },
    {
      id: 'locale-wrong-case',
      title: 'language_locale_code en-us (a code of the enum in another case) is rejected',
      tags: ['validation', 'lenient'],
      build: withBody(JSON.stringify({ ...minimalRequestBody(), language_locale_code: 'en-us' })),
      expect: invalidBody,
    },
    {
      id: 'no-idempotency-key',
      title: 'a request without Idempotency-Key (it is optional) creates a session',
      tags: ['positive', 'lenient'],
      build: (ctx) => handSigned(ctx, { idempotencyKey: null }),
      expect: expectCreated,
    },
  ];
}

/** How to hand-sign a lenient case; everything not given is signed correctly. */
interface HandSigned {
  /** The exact body bytes; the spec's minimal body by default. */
  bytes?: Uint8Array<ArrayBuffer>;
  xDate?: string;
  /** The algorithm whose digest header is sent and signed (the signature stays hmac-sha512). */
  digestAlgorithm?: SigningAlgorithm;
  digestEncoding?: 'base64' | 'hex';
  /** The names signed, in order; the spec's default order by default. */
  names?: readonly string[];
  /** Whether Authorization carries headers="…" (true by default). */
  writeNames?: boolean;
  scheme?: string;
  signature?: (signature: string) => string;
  idempotencyKey?: string | null;
}

/**
 * Signs a request by hand, with node:crypto and the spec's signing facts, so that a case can break
 * what the project's signer never would (a hex digest, a foreign scheme) and still be correct in
 * every other respect.
 */
export function handSigned(ctx: CaseContext, options: HandSigned = {}): CaseRequest {
  const bytes = options.bytes ?? Buffer.from(JSON.stringify(minimalRequestBody()), 'utf8');
  const { hash } = signingConfig.algorithms[sha512];
  const digestAlgorithm = options.digestAlgorithm ?? sha512;
  const digestHeader = digestHeaderFor(digestAlgorithm);
  const values: Record<string, string> = {
    [signingConfig.dateHeader]: options.xDate ?? formatHttpDate(ctx.now()),
    [signingConfig.contentTypeHeader]: 'application/json',
    [signingConfig.contentLengthHeader]: String(bytes.byteLength),
    [digestHeader]: createHash(signingConfig.algorithms[digestAlgorithm].hash)
      .update(bytes)
      .digest(options.digestEncoding ?? 'base64'),
  };
  const names =
    options.names ??
    signingConfig.defaultHeaderOrder.map((name) => (name === digestHeaderFor(sha512) ? digestHeader : name));
  const { pseudoHeader, httpVersion } = signingConfig.requestLine;
  const message = names
    .map((name) =>
      name === pseudoHeader ? `${createSessionMethod} ${createSessionPath} ${httpVersion}` : `${name}: ${values[name]}`,
    )
    .join(signingConfig.lineSeparator);
  const computed = createHmac(hash, ctx.credentials.secret).update(message, 'utf8').digest('base64');
  const params = [
    `username="${ctx.credentials.username}"`,
    `algorithm="${sha512}"`,
    ...(options.writeNames === false ? [] : [`headers="${names.join(' ')}"`]),
    `signature="${options.signature?.(computed) ?? computed}"`,
  ];
  const headers: Record<string, string> = {
    Authorization: `${options.scheme ?? signingConfig.authorizationScheme} ${params.join(', ')}`,
  };
  for (const [name, value] of Object.entries(values)) headers[headerSpelling[name] ?? name] = value;
  const key = options.idempotencyKey === undefined ? ctx.key : options.idempotencyKey;
  if (key !== null) headers[headerSpelling[signingConfig.idempotency.header] ?? signingConfig.idempotency.header] = key;
  return { method: createSessionMethod, path: createSessionPath, headers, body: bytes as Uint8Array<ArrayBuffer> };
}
