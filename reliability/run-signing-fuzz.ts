import fc from 'fast-check';
import { createSessionPath } from '../src/spec/create-session-operation.js';
import { parseAuthorization } from '../src/signing/authorization-header.js';
import { signRequest } from '../src/signing/sign-request.js';
import { isSigningError } from '../src/signing/signing-error.js';
import { verifyRequest, type VerifiableRequest } from '../src/signing/verify-request.js';
import { digestHeaders, signingAlgorithms, signingConfig } from '../src/spec/signing-config.js';
import { minimalBodyText, reliabilityCredentials, reliabilityFixedNow } from './reliability-fixtures.js';
import { countBy } from './count-by.js';

/** How many inputs each function gets. */
export interface SigningFuzzOptions {
  inputs: number;
  seed: number;
  /** The functions under test; the library's by default (tests pass broken ones to see them caught). */
  parse?: typeof parseAuthorization;
  verify?: typeof verifyRequest;
}

/** The figures of a signing fuzz run and what it found (`failures`, empty on a pass). */
export interface SigningFuzzReport {
  parseInputs: number;
  /** parseAuthorization outcomes: `parsed` or `SigningError`. */
  parseOutcomes: Record<string, number>;
  verifyInputs: number;
  /** verifyRequest verdicts: `ok` or the failure reason. */
  verifyOutcomes: Record<string, number>;
  failures: string[];
}

const { username, secret } = reliabilityCredentials;
const order = signingConfig.defaultHeaderOrder;
// Every header the scheme signs or reads, lower-case as verifyRequest reads them.
const signedNames = [
  ...new Set([
    ...order.filter((name) => name !== signingConfig.requestLine.pseudoHeader),
    ...digestHeaders,
    'authorization',
  ]),
];
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 60,
});
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  printable,
);
// Long enough that finding it in a message cannot be chance.
const signatureValue = fc.base64String({ minLength: 24, maxLength: 88 });
const parameter = fc
  .tuple(
    fc.constantFrom('username', 'algorithm', 'headers', 'signature', 'USERNAME', 'realm', ''),
    fc.constantFrom('=', ' = ', '= '),
    fc.oneof(printable, signatureValue),
    fc.constantFrom('"', '', "'"),
  )
  .map(([name, equals, value, quote]) => `${name}${equals}${quote}${value}${quote}`);
const hmacLike = fc
  .tuple(
    fc.constantFrom(
      signingConfig.authorizationScheme,
      signingConfig.authorizationScheme.toUpperCase(),
      ...signingAlgorithms,
      'Bearer',
      'Basic',
      '',
    ),
    fc.constantFrom(' ', '  ', '\t', ''),
    fc.array(parameter, { maxLength: 6 }),
    fc.constantFrom(',', ', ', ' ', ',,', ''),
    signatureValue,
  )
  .map(([scheme, space, parameters, separator, signature]) => ({
    value: `${scheme}${space}${[...parameters, `signature="${signature}"`].join(separator)}`,
    signature,
  }));

// The four parameters in any order, any subset of at least three, sometimes with an unknown one.
const wellFormed = fc
  .tuple(
    fc.shuffledSubarray(
      [
        `username="${username}"`,
        `algorithm="${signingConfig.defaultAlgorithm}"`,
        `headers="${order.join(' ')}"`,
        'realm="x"',
      ],
      { minLength: 3 },
    ),
    signatureValue,
    fc.constantFrom(', ', ',', ' , ', ',\t'),
    fc.constantFrom(
      signingConfig.authorizationScheme,
      signingConfig.authorizationScheme.toUpperCase(),
      ` ${signingConfig.authorizationScheme}`,
    ),
  )
  .map(([parameters, signature, separator, scheme]) => ({
    value: `${scheme} ${[...parameters, `signature="${signature}"`].join(separator)}`,
    signature,
  }));

/** Signing choices a client may get wrong: the clock, the username, the header list, the algorithm. */
const signingVariation = fc.option(
  fc.record({
    offsetSeconds: fc.integer({ min: -1_000, max: 1_000 }),
    username: fc.constantFrom(username, 'someone-else'),
    headerOrder: fc.shuffledSubarray([...order], { minLength: 1 }),
    algorithm: fc.constantFrom(...signingAlgorithms),
  }),
  { nil: undefined },
);

/** A valid signed request, and the same request signed otherwise or with one part replaced by hostile input. */
const signedRequest = fc
  .tuple(
    fc.oneof(fc.constant(minimalBodyText), fc.json({ maxDepth: 2 })),
    fc.constantFrom('none', 'header', 'drop', 'body', 'method', 'path', 'authorization'),
    fc.constantFrom(...signedNames),
    anyText,
    fc.oneof(hmacLike, wellFormed),
    signingVariation,
  )
  .map(
    async ([body, mutation, name, text, authorization, variation]): Promise<{
      request: VerifiableRequest;
      untouched: boolean;
    }> => {
      const signed = await signRequest(
        { method: 'POST', path: createSessionPath, body },
        { username: variation?.username ?? username, secret },
        {
          now: new Date(reliabilityFixedNow + (variation?.offsetSeconds ?? 0) * 1000),
          ...(variation && { headerOrder: variation.headerOrder, algorithm: variation.algorithm }),
        },
      );
      const headers: Record<string, string | undefined> = Object.fromEntries(
        Object.entries(signed).map(([key, value]) => [key.toLowerCase(), value]),
      );
      const request: VerifiableRequest = { method: 'POST', path: createSessionPath, headers, body };
      if (mutation === 'header') headers[name] = text;
      if (mutation === 'drop') delete headers[name];
      if (mutation === 'authorization') headers.authorization = authorization.value;
      if (mutation === 'body') request.body = text;
      if (mutation === 'method') request.method = text;
      if (mutation === 'path') request.path = text;
      return { request, untouched: mutation === 'none' && variation === undefined };
    },
  );
const randomRequest = fc
  .record({
    method: anyText,
    path: anyText,
    headers: fc.dictionary(
      fc.oneof(fc.constantFrom(...signedNames, '__proto__', 'constructor'), anyText),
      fc.oneof(
        anyText,
        hmacLike.map((h) => h.value),
      ),
      { maxKeys: 8 },
    ),
    body: fc.oneof(anyText, fc.uint8Array({ maxLength: 256 })),
  })
  .map(async (request) => ({ request: request as VerifiableRequest, untouched: false }));

/**
 * Fuzzes the signing surface with fast-check: parseAuthorization gets arbitrary strings and
 * hmac-like values and may only return or throw a SigningError whose message never quotes the
 * signature; verifyRequest gets random requests and signed requests with one part replaced, and
 * must always return a verdict (never throw), accept the untouched ones, and never quote the
 * secret or the signature in its message. A failing property is reported with fast-check's
 * shrunk counterexample.
 */
export async function runSigningFuzz({
  inputs,
  seed,
  parse: parseUnderTest = parseAuthorization,
  verify: verifyUnderTest = verifyRequest,
}: SigningFuzzOptions): Promise<SigningFuzzReport> {
  const parseOutcomes: string[] = [];
  const verifyOutcomes: string[] = [];
  const failures: string[] = [];
  const parse = fc.property(
    fc.oneof(
      anyText.map((value) => ({ value, signature: undefined as string | undefined })),
      hmacLike,
      wellFormed,
    ),
    ({ value, signature }) => {
      try {
        const parsed = parseUnderTest(value);
        parseOutcomes.push('parsed');
        return (
          [parsed.username, parsed.algorithm, parsed.signature].every(
            (part) => typeof part === 'string' && part !== '',
          ) && parsed.headers.length > 0
        );
      } catch (error) {
        parseOutcomes.push(isSigningError(error) ? 'SigningError' : 'other');
        return isSigningError(error) && (signature === undefined || !error.message.includes(signature));
      }
    },
  );
  const verify = fc.asyncProperty(fc.oneof(signedRequest, randomRequest), fc.boolean(), async (input, anyUser) => {
    const { request, untouched } = await input;
    const lookup = anyUser ? () => secret : (name: string) => (name === username ? secret : undefined);
    let verdict;
    try {
      verdict = await verifyUnderTest(request, lookup, { now: reliabilityFixedNow });
    } catch {
      verifyOutcomes.push('threw');
      return false;
    }
    verifyOutcomes.push(verdict.ok ? 'ok' : verdict.reason);
    if (verdict.ok) return true;
    const sent = String(
      request.headers instanceof Headers ? request.headers.get('authorization') : request.headers.authorization,
    );
    const signature = /signature="([^"]{16,})"/.exec(sent)?.[1];
    return (
      !untouched &&
      !verdict.message.includes(secret) &&
      (signature === undefined || !verdict.message.includes(signature))
    );
  });
  const check = async <Ts extends [unknown, ...unknown[]]>(
    name: string,
    property: fc.IPropertyWithHooks<Ts> | fc.IAsyncPropertyWithHooks<Ts>,
  ) => {
    const details = await fc.check(property, { seed, numRuns: inputs });
    if (details.failed)
      failures.push(
        `signing fuzz: ${name}: ${(fc.defaultReportMessage(details) ?? 'failed').split('\n').slice(0, 6).join(' ')}`,
      );
  };
  await check('parseAuthorization', parse);
  await check('verifyRequest', verify);
  return {
    parseInputs: inputs,
    parseOutcomes: countBy(parseOutcomes),
    verifyInputs: inputs,
    verifyOutcomes: countBy(verifyOutcomes),
    failures,
  };
}
