/**
 * The smoke suite every runtime runs against the packed tarball: plain ECMAScript and fetch, no
 * Node API, so that the same file runs on Node, Bun, Deno and in a Worker. `lib` is whatever
 * `import * as lib from 'ingo-session'` gave the runtime (the main entry, or the worker entry
 * where the package conditions choose it). Each check returns a verdict; none throws.
 */
import type * as IngoSession from '../src/index.worker.js';

/** What a runtime's smoke run reports, one entry per check. */
export interface SmokeResult {
  check: SmokeCheck;
  ok: boolean;
  /** Why it failed, or what it saw (the entry loaded, for `load`). */
  detail: string;
}

/** The checks, in table order. */
export const smokeChecks = ['load', 'vectors', 'vectors-webcrypto', 'create-session', 'errors', 'redaction'] as const;
export type SmokeCheck = (typeof smokeChecks)[number];

/** One signing vector of conformance/vectors (the fields this suite reads). */
export interface SmokeVector {
  name: string;
  secret: string;
  username: string;
  method: string;
  path: string;
  x_date: string;
  content_type: string;
  body: string;
  algorithm: string;
  headers: string;
  signature: string;
}

export interface SmokeInput {
  lib: typeof IngoSession;
  /** Base URL of the mock the runner started on Node. */
  mockUrl: string;
  /** Credentials the mock accepts. */
  credentials: { username: string; secret: string };
  vectors: readonly SmokeVector[];
  /** Whether this runtime is expected to have node:crypto (false: a Worker without nodejs_compat). */
  nodeCrypto: boolean;
  /** A client made at start-up, where the runtime compiles code only then (Workers); made here otherwise. */
  client?: IngoSession.SessionClient;
}

/** Runs every check and reports each. */
export async function runSmokeChecks(input: SmokeInput): Promise<SmokeResult[]> {
  const results: SmokeResult[] = [];
  for (const check of smokeChecks) {
    try {
      const detail = await checks[check](input);
      results.push({ check, ok: true, detail });
    } catch (error) {
      results.push({ check, ok: false, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }
  return results;
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const checks: Record<SmokeCheck, (input: SmokeInput) => Promise<string>> = {
  async load({ lib }) {
    for (const name of ['createSessionClient', 'signRequest', 'signRequestAsync', 'verifyRequest', 'verifyRequestAsync', 'webSigningCrypto', 'spec', 'signingConfig', 'redactSecrets'] as const) {
      assert(lib[name] !== undefined, `ingo-session exports no ${name}`);
    }
    let signer = 'node:crypto';
    try {
      lib.nodeSigningCrypto.digest('sha512', '');
    } catch {
      signer = 'WebCrypto';
    }
    return `${'startMock' in lib ? 'main' : 'worker'} entry, client signs with ${signer}`;
  },

  // The golden vectors through the synchronous signer and verifier (node:crypto). Where the runtime
  // has none, signRequest must refuse with the documented SigningError, not fail some other way.
  async vectors({ lib, vectors, nodeCrypto }) {
    if (!nodeCrypto) {
      const vector = vectors[0]!;
      try {
        lib.signRequest({ method: vector.method, path: vector.path, body: vector.body }, vector);
      } catch (error) {
        assert(lib.isSigningError(error) && error.message.includes('signRequestAsync'), `signRequest without node:crypto threw ${String(error)}`);
        return 'no node:crypto: signRequest throws SigningError naming signRequestAsync';
      }
      throw new Error('signRequest signed without node:crypto');
    }
    for (const vector of vectors) {
      const { now, request, expected } = prepare(lib, vector);
      const signed = lib.signRequest(request, vector, { now, algorithm: vector.algorithm as IngoSession.SigningAlgorithm, headerOrder: vector.headers.split(' ') });
      assert(signed.Authorization === expected, `${vector.name}: signature differs`);
      const verdict = lib.verifyRequest({ ...request, headers: new Headers(signed) }, () => vector.secret, { now });
      assert(verdict.ok, `${vector.name}: verifyRequest said ${JSON.stringify(verdict)}`);
    }
    return `${vectors.length} vectors signed and verified`;
  },

  async 'vectors-webcrypto'({ lib, vectors }) {
    for (const vector of vectors) {
      const { now, request, expected } = prepare(lib, vector);
      const signed = await lib.signRequestAsync(request, vector, { now, algorithm: vector.algorithm as IngoSession.SigningAlgorithm, headerOrder: vector.headers.split(' ') });
      assert(signed.Authorization === expected, `${vector.name}: signature differs`);
      const verdict = await lib.verifyRequestAsync({ ...request, headers: new Headers(signed) }, () => vector.secret, { now });
      assert(verdict.ok, `${vector.name}: verifyRequestAsync said ${JSON.stringify(verdict)}`);
      const tampered = await lib.verifyRequestAsync({ ...request, body: `${vector.body} `, headers: new Headers(signed) }, () => vector.secret, { now });
      assert(!tampered.ok && tampered.reason === 'content_length_mismatch', `${vector.name}: a tampered body was not rejected`);
    }
    return `${vectors.length} vectors signed and verified`;
  },

  async 'create-session'({ lib, mockUrl, credentials, client }) {
    const sessions = client ?? lib.createSessionClient({ baseUrl: mockUrl, ...credentials, validateResponses: true });
    const idempotencyKey = crypto.randomUUID();
    const result = await sessions.createSession(minimalBody(lib), { idempotencyKey });
    assert(result.data !== undefined, `createSession answered ${JSON.stringify(result.error?.message)}`);
    const replay = await sessions.createSession(minimalBody(lib), { idempotencyKey });
    assert(replay.data?.status === 101 && replay.data.data.session_identifier === result.data.data.session_identifier, 'the same Idempotency-Key did not replay the session');
    return `status ${result.data.status}, replayed ${replay.data.status}`;
  },

  async errors({ lib, mockUrl, credentials, client }) {
    const sessions = client ?? lib.createSessionClient({ baseUrl: mockUrl, ...credentials, validateResponses: true });
    const invalid = await sessions.createSession({} as IngoSession.CreateSessionBody).catch((error: unknown) => error);
    assert(lib.isRequestValidationError(invalid) && invalid instanceof lib.IngoSessionError && invalid.name === 'RequestValidationError', `an empty body gave ${String(invalid)}`);
    const wrong = lib.createSessionClient({ baseUrl: mockUrl, username: credentials.username, secret: `${credentials.secret}-wrong`, retries: 0, validate: false });
    const rejected = await wrong.createSession(minimalBody(lib));
    assert(lib.isAuthenticationError(rejected.error), `a wrong secret gave ${JSON.stringify(rejected.error?.name)}`);
    const signing = (() => {
      try {
        return lib.signRequestAsync({ method: 'POST', path: '/', body: '' }, credentials, { algorithm: 'hmac-md5' as IngoSession.SigningAlgorithm });
      } catch (error) {
        return Promise.reject(error);
      }
    })().catch((error: unknown) => error);
    assert(lib.isSigningError(await signing), 'an unknown algorithm was not a SigningError');
    // A validating client made while a request runs: fine where code may be compiled at any time;
    // in a Worker (compiling only at start-up) a ConfigurationError that says so.
    let late = 'a client made in a request works';
    try {
      lib.createSessionClient({ baseUrl: mockUrl, ...credentials });
    } catch (error) {
      assert(lib.isConfigurationError(error) && error.message.includes('module scope'), `a client made in a request threw ${String(error)}`);
      late = 'a client made in a request: ConfigurationError';
    }
    return `RequestValidationError, AuthenticationError, SigningError; ${late}`;
  },

  async redaction({ lib, mockUrl, credentials }) {
    const secret = `${credentials.secret}-wrong`;
    const wrong = lib.createSessionClient({ baseUrl: mockUrl, username: credentials.username, secret, retries: 0, validate: false });
    const { error } = await wrong.createSession(minimalBody(lib));
    assert(error, 'a wrong secret was accepted');
    const shown = [error.message, String(error), JSON.stringify(error), JSON.stringify(wrong), String(wrong)];
    for (const text of shown) assert(!text.includes(secret), `the secret appears in: ${text.slice(0, 80)}`);
    const redacted = lib.redactSecrets(`authorization: hmac username="u", signature="c2lnbmF0dXJl" and ${secret}`, [secret]);
    assert(!redacted.includes('c2lnbmF0dXJl') && !redacted.includes(secret), `redactSecrets left: ${redacted}`);
    return 'messages, JSON and strings carry no secret';
  },
};

function minimalBody(lib: typeof IngoSession): IngoSession.CreateSessionBody {
  return lib.spec.components.examples.MinimalRequest.value as IngoSession.CreateSessionBody;
}

function prepare(lib: typeof IngoSession, vector: SmokeVector) {
  const now = new Date(lib.parseHttpDate(vector.x_date)!);
  const request = { method: vector.method, path: vector.path, body: vector.body, contentType: vector.content_type };
  const expected = `hmac username="${vector.username}", algorithm="${vector.algorithm}", headers="${vector.headers}", signature="${vector.signature}"`;
  return { now, request, expected };
}
