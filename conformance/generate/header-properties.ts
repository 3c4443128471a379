import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { SchemaCache } from '../../src/spec/create-schema-cache.js';
import { formatHttpDate } from '../../src/signing/http-date.js';
import { digestHeaderFor, signingConfig, signingAlgorithms } from '../../src/spec/signing-config.js';
import type { CaseContext } from '../conformance-case.js';
import { findConstraintSource, type ConstraintSource } from '../../src/spec/find-constraint-source.js';
import { craftRequest } from '../craft-request.js';
import { expectCreated, expectRejected } from '../expect-outcome.js';
import { createSessionPath } from '../spec-facts.js';
import { specRejections } from '../spec-rejections.js';
import { describeBody } from './body-properties.js';
import { runSingleRequest, type SomeGeneratedProperty } from './generated-property.js';
import { readSchemaTree } from './schema-tree.js';
import { plainLayout, serializeJson } from './serialize-json.js';
import { signPerturbed, type Perturbation } from './sign-perturbed.js';
import { validValue } from './valid-value.js';
import { attributedVerdict } from './attribute-refusal.js';
import { positiveBodyOptions } from './body-properties.js';

/** A perturbation with one line saying what it does, for reports. */
interface Described {
  label: string;
  perturb: (ctx: CaseContext, body: string) => Perturbation;
  /** What the rejection rests on, when it is not documented (a server that accepts gets a warning). */
  basis?: ConstraintSource;
}

const badSignature = expectRejected(specRejections.badSignature);
const digestHeader = digestHeaderFor(signingConfig.defaultAlgorithm);
const { hash } = signingConfig.algorithms[signingConfig.defaultAlgorithm];
/** X-Dates within this many seconds of the skew limit are not drawn: server and runner clocks and X-Date's whole seconds blur it. */
export const SKEW_BOUNDARY_MARGIN_SECONDS = 3;
/** How far beyond the skew window clock offsets are drawn. */
const SKEW_REACH_SECONDS = 120;

const described = (label: string, perturb: Described['perturb'], basis?: ConstraintSource): Described => ({
  label,
  perturb,
  ...(basis === undefined ? {} : { basis }),
});
const signingPointer = '#/components/securitySchemes/IngoHmac/x-ingo-signing';
const digestOf = (text: string, encoding: 'base64' | 'hex' = 'base64') =>
  createHash(hash).update(text).digest(encoding);

/** Per signed header: its signed value differs from the value sent (or, for the digest, is not the body's). */
const signedHeaderPerturbations: Record<string, fc.Arbitrary<Described>> = {
  [signingConfig.requestLine.pseudoHeader]: fc.oneof(
    fc
      .constantFrom('PUT', 'GET', 'PATCH')
      .map((method) => described(`request line signed with method ${method}`, () => ({ signedMethod: method }))),
    fc
      .constantFrom(
        `${createSessionPath}/`,
        createSessionPath.toUpperCase(),
        `${createSessionPath}?a=1`,
        createSessionPath.replace(/\/[^/]+$/, ''),
      )
      .map((path) => described(`request line signed with path ${path}`, () => ({ signedPath: path }))),
  ),
  [signingConfig.dateHeader]: fc
    .integer({ min: -120, max: 120 })
    .filter((s) => s !== 0)
    .map((seconds) =>
      described(`X-Date signed ${seconds} s off the X-Date sent`, (ctx) => ({
        signedValues: { [signingConfig.dateHeader]: formatHttpDate(new Date(ctx.now().getTime() + seconds * 1000)) },
      })),
    ),
  [signingConfig.contentTypeHeader]: fc
    .constantFrom(
      'application/json; charset=utf-8',
      'text/plain',
      'application/JSON',
      'application/json ',
      'application/x-www-form-urlencoded',
    )
    .map((type) =>
      described(`Content-Type signed as "${type}", sent as application/json`, () => ({
        signedValues: { [signingConfig.contentTypeHeader]: type },
      })),
    ),
  [signingConfig.contentLengthHeader]: fc
    .integer({ min: -64, max: 64 })
    .filter((n) => n !== 0)
    .map((delta) =>
      described(`Content-Length signed ${delta > 0 ? '+' : ''}${delta} off the bytes sent`, (_, body) => ({
        signedValues: { [signingConfig.contentLengthHeader]: String(Math.max(0, Buffer.byteLength(body) + delta)) },
      })),
    ),
  [digestHeader]: fc.oneof(
    fc.constantFrom(' ', '\n', 'x').map((extra) =>
      described(
        `${digestHeader} (signed and sent) is the digest of the body plus ${JSON.stringify(extra)}`,
        (_, body) => {
          const wrong = digestOf(body + extra);
          return { signedValues: { [digestHeader]: wrong }, sentValues: { [digestHeader]: wrong } };
        },
      ),
    ),
    fc.constant(
      described(`${digestHeader} (signed and sent) is the right digest in hex, not Base64`, (_, body) => ({
        signedValues: { [digestHeader]: digestOf(body, 'hex') },
        sentValues: { [digestHeader]: digestOf(body, 'hex') },
      })),
    ),
    fc.constant(
      described(`${digestHeader} sent is right, the one signed is of an empty body`, () => ({
        signedValues: { [digestHeader]: digestOf('') },
      })),
    ),
  ),
};

const required = [...signingConfig.requiredSignedHeaders, digestHeader];
const order = signingConfig.defaultHeaderOrder;

/** Per Authorization parameter: one perturbation of it, the rest signed correctly. */
const authorizationPerturbations: Record<string, fc.Arbitrary<Described>> = {
  username: fc.oneof(fc.constantFrom('suffix', 'prefix'), fc.stringMatching(/^[a-z0-9-]{7,16}$/)).map((how) =>
    described(`username ${how.length > 6 ? `"${how}" (another)` : `changed (${how})`}`, (ctx) => {
      const name = ctx.credentials.username;
      const changed = how === 'suffix' ? `${name}x` : how === 'prefix' ? `x${name}` : how === name ? `${how}x` : how;
      return { username: changed };
    }),
  ),
  algorithm: fc
    .constantFrom(
      'hmac-sha1',
      'hmac-sha384',
      'hmac-md5',
      'sha512',
      `${signingConfig.defaultAlgorithm}x`,
      ...signingAlgorithms.filter((a) => a !== signingConfig.defaultAlgorithm),
    )
    .map((algorithm) =>
      described(`algorithm="${algorithm}" on a ${signingConfig.defaultAlgorithm} signature`, () => ({ algorithm })),
    ),
  headers: fc.oneof(
    fc.constantFrom(...required).map((name) =>
      described(
        `headers="…" without ${name} (signed without it too)`,
        () => ({ declaredNames: order.filter((n) => n !== name) }),
        // Which headers must be signed is the mock's rule, not Ingo's documentation.
        findConstraintSource(
          signingPointer,
          name === digestHeader ? 'requireAlgorithmDigestHeader' : 'requiredSignedHeaders',
        ),
      ),
    ),
    fc.integer({ min: 1, max: order.length - 1 }).map((at) => {
      const swapped = [...order];
      [swapped[at - 1], swapped[at]] = [swapped[at]!, swapped[at - 1]!];
      return described(`headers="${swapped.join(' ')}" declared, signed in the default order`, () => ({
        declaredNames: swapped,
        signedNames: order,
      }));
    }),
    fc.constantFrom('x-not-sent', 'date', 'digest').map((name) =>
      described(`headers="…" also names ${name}, which is not sent (signed as empty)`, () => ({
        declaredNames: [...order, name],
        signedValues: { [name]: '' },
      })),
    ),
  ),
  signature: fc.oneof(
    // Characters 0-84 only: the 86th carries padding bits, so changing it may leave the decoded bytes alone.
    fc
      .nat()
      .map((at) =>
        described(`signature with character ${at % 85} changed`, () => ({ signature: (s) => flip(s, at % 85) })),
      ),
    fc.integer({ min: 1, max: 85 }).map((keep) =>
      described(`signature truncated to its first ${keep} characters`, () => ({
        signature: (s) => s.slice(0, keep),
      })),
    ),
    fc.constant(
      described('signature in hex instead of Base64', () => ({
        signature: (s) => Buffer.from(s, 'base64').toString('hex'),
      })),
    ),
  ),
};

/**
 * The header properties: each signed header perturbed, each Authorization parameter perturbed
 * (each rejected as a bad signature), and X-Dates drawn around the clock-skew window (accepted
 * inside, rejected as stale outside).
 */
export function headerProperties(validators: SchemaCache, hostUris: readonly string[] = []): SomeGeneratedProperty[] {
  const body = validValue(readSchemaTree(), positiveBodyOptions(validators, hostUris));
  const perturbed = (id: string, title: string, perturbation: fc.Arbitrary<Described>): SomeGeneratedProperty => ({
    id,
    title,
    tags: ['generated-auth', 'auth'],
    weight: 2,
    arbitrary: fc.record({ body, how: perturbation }),
    run: (value: { body: unknown; how: Described }, env) =>
      runSingleRequest(value, env, id, value.how.label, ['generated'], {
        build: (v, ctx) => {
          const text = serializeJson(v.body);
          return signPerturbed(ctx, text, v.how.perturb(ctx, text));
        },
        expect: (v) => (v.how.basis ? { ...badSignature, basis: v.how.basis } : badSignature),
      }),
    describe: (value: { body: unknown; how: Described }) => ({
      ...describeBody({ body: value.body, layout: plainLayout }, value.how.label),
      curlable: false,
    }),
  });
  const skew = signingConfig.clockSkewSeconds;
  // Biased to just outside the window (where a lenient limit shows), then just inside, then anywhere; both signs.
  const margin = SKEW_BOUNDARY_MARGIN_SECONDS;
  const magnitude = fc.oneof(
    { arbitrary: fc.integer({ min: skew + margin + 1, max: skew + margin + 40 }), weight: 2 },
    { arbitrary: fc.integer({ min: skew - margin - 40, max: skew - margin - 1 }), weight: 1 },
    {
      arbitrary: fc.integer({ min: 0, max: skew + SKEW_REACH_SECONDS }).filter((s) => Math.abs(s - skew) > margin),
      weight: 1,
    },
  );
  const offset = fc.tuple(magnitude, fc.boolean()).map(([seconds, future]) => (future ? seconds : -seconds));
  const clock: SomeGeneratedProperty = {
    id: 'clock-skew',
    title: `X-Dates drawn within ±${skew + SKEW_REACH_SECONDS} s: accepted inside the ${skew} s window, rejected as stale outside`,
    tags: ['generated-auth', 'auth', 'clock'],
    weight: 4,
    arbitrary: fc.record({ body, offset }),
    run: async (value: { body: unknown; offset: number }, env) => {
      const at = (ctx: CaseContext) => new Date(ctx.now().getTime() + value.offset * 1000);
      const verdict = await runSingleRequest(
        value,
        env,
        'clock-skew',
        `X-Date ${value.offset} s from now`,
        ['generated'],
        {
          build: (v, ctx) => craftRequest(ctx, { body: serializeJson(v.body), now: at(ctx) }),
          expect: (v) => (Math.abs(v.offset) < skew ? expectCreated : expectRejected(specRejections.staleDate)),
        },
      );
      // Inside the window the body must be accepted: a refusal of its undocumented values only is a warning.
      if (Math.abs(value.offset) >= skew) return verdict;
      return attributedVerdict(verdict, env, value.body, (body, ctx) =>
        craftRequest(ctx, { body: serializeJson(body), now: at(ctx) }),
      );
    },
    describe: (value: { body: unknown; offset: number }) => ({
      ...describeBody({ body: value.body, layout: plainLayout }, `X-Date ${value.offset} s from now`),
      curlable: false,
    }),
  };
  return [
    ...Object.entries(signedHeaderPerturbations).map(([name, how]) =>
      perturbed(`signed-header/${name}`, `a request whose signed ${name} differs from what is sent is rejected`, how),
    ),
    ...Object.entries(authorizationPerturbations).map(([name, how]) =>
      perturbed(`authorization/${name}`, `a request with a perturbed Authorization ${name} is rejected`, how),
    ),
    clock,
  ];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The signature with one character replaced by another Base64 character. */
function flip(signature: string, at: number): string {
  const current = signature[at]!;
  const other = BASE64[(BASE64.indexOf(current) + 1) % BASE64.length]!;
  return signature.slice(0, at) + other + signature.slice(at + 1);
}
