import { findConstraintSource } from '../src/spec/find-constraint-source.js';
import { digestHeaderFor, signingConfig } from '../src/spec/signing-config.js';
import { formatAuthorization, parseAuthorization } from '../src/signing/authorization-header.js';
import type { CaseContext, ConformanceCase } from './conformance-case.js';
import { craftRequest } from './craft-request.js';
import { expectRejected } from './expect-outcome.js';
import { minimalRequestBody } from './spec-facts.js';
import { specRejections } from './spec-rejections.js';

const badSignature = expectRejected(specRejections.badSignature);
const signingPointer = '#/components/securitySchemes/IngoHmac/x-ingo-signing';
const staleDate = expectRejected(specRejections.staleDate);
const digestHeader = digestHeaderFor(signingConfig.defaultAlgorithm);
/** Headers a verifier must see signed: the spec's required list plus the default algorithm's digest. */
const mustBeSigned = [...signingConfig.requiredSignedHeaders, digestHeader];
/** How far beyond the allowed skew the stale and future X-Dates are, so a drifting server clock does not matter. */
const SKEW_MARGIN_SECONDS = 60;
/** An algorithm id Kong knows but the spec does not. */
const UNSUPPORTED_ALGORITHM = 'hmac-sha1';

/** Requests with a missing, malformed or wrong signature, a wrong digest or an X-Date outside the skew. */
export function authCases(): ConformanceCase[] {
  return [
    {
      id: 'no-authorization',
      title: 'a request without Authorization is rejected',
      tags: ['auth', 'signature'],
      build: (ctx) => craftRequest(ctx, { omitHeaders: ['authorization'] }),
      expect: badSignature,
    },
    {
      id: 'malformed-authorization',
      title: 'an Authorization that is not name="value" pairs is rejected',
      tags: ['auth', 'signature'],
      build: (ctx) =>
        craftRequest(ctx, {
          setHeaders: {
            Authorization: `${signingConfig.authorizationScheme} username=${ctx.credentials.username} signature`,
          },
        }),
      expect: badSignature,
    },
    {
      id: 'bearer-authorization',
      title: "a Bearer token (the placeholder of Ingo's generated curl) is rejected",
      tags: ['auth', 'signature'],
      build: (ctx) => craftRequest(ctx, { setHeaders: { Authorization: `Bearer ${ctx.key}` } }),
      expect: badSignature,
    },
    {
      id: 'wrong-secret',
      title: 'a signature made with a wrong secret is rejected',
      tags: ['auth', 'signature'],
      build: (ctx) =>
        craftRequest(ctx, { credentials: { ...ctx.credentials, secret: `${ctx.credentials.secret}-wrong` } }),
      expect: badSignature,
    },
    {
      id: 'unknown-username',
      title: 'a signature by an unknown username is rejected',
      tags: ['auth', 'signature'],
      build: (ctx) => craftRequest(ctx, { credentials: { ...ctx.credentials, username: `unknown-${ctx.key}` } }),
      expect: badSignature,
    },
    {
      id: 'unsupported-algorithm',
      title: `algorithm="${UNSUPPORTED_ALGORITHM}" (not in the spec) is rejected`,
      tags: ['auth', 'signature'],
      build: (ctx) => withAlgorithm(ctx, UNSUPPORTED_ALGORITHM),
      expect: badSignature,
    },
    ...mustBeSigned
      .filter((name) => name !== signingConfig.requestLine.pseudoHeader)
      .map((name): ConformanceCase => ({
        id: `missing-header-${name}`,
        title: `a request signed over ${name} but sent without it is rejected`,
        tags: ['auth', 'headers'],
        build: (ctx) => craftRequest(ctx, { omitHeaders: [name] }),
        // Without Content-Type, "not application/json" (415) is as right as "not signed" (401).
        expect:
          name === signingConfig.contentTypeHeader
            ? expectRejected(specRejections.badSignature, specRejections.wrongContentType)
            : badSignature,
      })),
    ...mustBeSigned.map((name): ConformanceCase => ({
      id: `unsigned-${name}`,
      title: `a valid signature whose headers="…" list leaves out ${name} is rejected`,
      tags: ['auth', 'headers'],
      build: (ctx) =>
        craftRequest(ctx, { headerOrder: signingConfig.defaultHeaderOrder.filter((signed) => signed !== name) }),
      // Which headers must be signed is the mock's rule, not Ingo's documentation.
      expect: {
        ...badSignature,
        basis: findConstraintSource(
          signingPointer,
          name === digestHeader ? 'requireAlgorithmDigestHeader' : 'requiredSignedHeaders',
        ),
      },
    })),
    {
      id: 'tampered-body',
      title: 'a body changed after signing (same length, original digest and signature) is rejected',
      tags: ['auth', 'digest'],
      build: (ctx) => {
        const text = JSON.stringify(minimalRequestBody());
        return craftRequest(ctx, { body: text, wireBody: tamper(text) });
      },
      expect: badSignature,
    },
    {
      id: `wrong-${digestHeader}`,
      title: `a correctly signed ${digestHeader} that is not the digest of the body is rejected`,
      tags: ['auth', 'digest'],
      build: (ctx) => {
        const text = JSON.stringify(minimalRequestBody());
        return craftRequest(ctx, { body: text, digestOf: `${text}\n` });
      },
      expect: badSignature,
    },
    {
      id: 'stale-x-date',
      title: `an X-Date ${signingConfig.clockSkewSeconds + SKEW_MARGIN_SECONDS} s in the past is rejected`,
      tags: ['auth', 'clock'],
      build: (ctx) => craftRequest(ctx, { now: shifted(ctx, -(signingConfig.clockSkewSeconds + SKEW_MARGIN_SECONDS)) }),
      expect: staleDate,
    },
    {
      id: 'future-x-date',
      title: `an X-Date ${signingConfig.clockSkewSeconds + SKEW_MARGIN_SECONDS} s in the future is rejected`,
      tags: ['auth', 'clock'],
      build: (ctx) => craftRequest(ctx, { now: shifted(ctx, signingConfig.clockSkewSeconds + SKEW_MARGIN_SECONDS) }),
      expect: staleDate,
    },
  ];
}

async function withAlgorithm(ctx: CaseContext, algorithm: string) {
  const request = await craftRequest(ctx);
  const authorization = parseAuthorization(request.headers.Authorization!);
  request.headers.Authorization = formatAuthorization({ ...authorization, algorithm });
  return request;
}

/** Changes one letter of the first string value, keeping the byte length. */
function tamper(json: string): string {
  const at = json.indexOf('":"') + 3;
  const letter = json[at] === 'A' ? 'B' : 'A';
  return json.slice(0, at) + letter + json.slice(at + 1);
}

function shifted(ctx: CaseContext, seconds: number): Date {
  return new Date(ctx.now().getTime() + seconds * 1000);
}
